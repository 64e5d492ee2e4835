package org.gatelab.ui.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns so that every header and every value shows whole: each column at least as wide as its
 * header (as the header is styled now) and its widest value, the room left over shared in proportion to the
 * columns' relative widths so the table fills its width; when the type is too large for that (presenter mode's
 * largest type on a small screen) the columns keep their whole width and the table scrolls sideways.
 *
 * <p>The table's own constrained resize policies squeeze columns below what their headers need and are not run
 * again when the type changes; this sizes the columns itself (the table's policy is unconstrained) whenever the
 * table's width, its columns, its rows or its type change.
 */
final class FittedColumns {
    /** Room beside a value in its cell, in ems of the table's type (the cell's padding). */
    private static final double CELL_PADDING_EM = 1.2;

    /** Room beside a value that is drawn with a graphic (a swatch before the name), in ems. */
    private static final double GRAPHIC_PADDING_EM = 2.4;

    private final TableView<?> table;
    private final Map<TableColumn<?, ?>, Double> weights = new IdentityHashMap<>();
    /** The header labels whose font is followed (a header's font comes from the stylesheet: the type scale). */
    private final Set<Labeled> followed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Function<Object, String> valueText;
    private boolean queued;

    private FittedColumns(TableView<?> table, Function<Object, String> valueText) {
        this.table = table;
        this.valueText = valueText;
    }

    /**
     * Fits {@code table}'s columns from now on; {@code weights} are their relative widths where there is room
     * (a column not named there weighs 1). A column's values that are not strings are shown with a graphic
     * beside {@code valueText} of them.
     */
    static void install(TableView<?> table, Map<TableColumn<?, ?>, Double> weights,
                        Function<Object, String> valueText) {
        FittedColumns f = new FittedColumns(table, valueText);
        f.weights.putAll(weights);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener((obs, o, n) -> f.queue());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<?, ?>>) c -> f.queue());
        table.getItems().addListener((ListChangeListener<Object>) c -> f.queue());
        table.skinProperty().addListener((obs, o, n) -> f.queue());
        table.sceneProperty().addListener((obs, o, n) -> f.queue());
    }

    /** Fits after the current pulse's CSS has been applied, once however many changes came. */
    private void queue() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                fit();
            });
        }
    }

    /** Sets every visible column's width: what it needs, plus its share of the room left over. */
    void fit() {
        if (table.getScene() == null || table.getSkin() == null) {
            return;
        }
        table.applyCss();
        List<TableColumn<?, ?>> columns = new ArrayList<>(table.getVisibleLeafColumns());
        if (columns.isEmpty()) {
            return;
        }
        Map<javafx.scene.control.TableColumnBase<?, ?>, TableColumnHeader> byColumn = new IdentityHashMap<>();
        for (TableColumnHeader h : headers()) {
            byColumn.put(h.getTableColumn(), h);
        }
        Font type = null;
        for (TableColumnHeader h : byColumn.values()) {
            Labeled l = label(h);
            type = l == null ? type : l.getFont();
        }
        double size = type == null ? Font.getDefault().getSize() : type.getSize();
        String family = type == null ? Font.getDefault().getFamily() : type.getFamily();
        double[] need = new double[columns.size()];
        double[] weight = new double[columns.size()];
        for (int i = 0; i < need.length; i++) {
            TableColumn<?, ?> c = columns.get(i);
            need[i] = Math.ceil(Math.max(headerNeed(byColumn.get(c)), valueNeed(c, family, size)));
            weight[i] = weights.getOrDefault(c, 1.0);
        }
        double[] width = share(need, weight, room());
        for (int i = 0; i < width.length; i++) {
            TableColumn<?, ?> c = columns.get(i);
            c.setMinWidth(need[i]);
            c.setPrefWidth(width[i]);
        }
    }

    /**
     * The widths: each at least its need; where the needs leave room, the columns grow in proportion to their
     * weights (a column already wider than its share keeps its need), together filling {@code room} (less a pixel,
     * so rounding never brings a scroll bar).
     */
    static double[] share(double[] need, double[] weight, double room) {
        double total = 0;
        double weights = 0;
        for (int i = 0; i < need.length; i++) {
            total += need[i];
            weights += weight[i];
        }
        if (total >= room - 1 || weights <= 0) {
            return need.clone();
        }
        // the largest k with sum(max(need, k * weight)) <= room: bisection (the sum grows with k)
        double lo = 0;
        double hi = room / weights * 2 + 1;
        for (int it = 0; it < 60; it++) {
            double k = (lo + hi) / 2;
            double sum = 0;
            for (int i = 0; i < need.length; i++) {
                sum += Math.max(need[i], k * weight[i]);
            }
            if (sum <= room - 1) {
                lo = k;
            } else {
                hi = k;
            }
        }
        double[] out = new double[need.length];
        for (int i = 0; i < need.length; i++) {
            out[i] = Math.floor(Math.max(need[i], lo * weight[i]));
        }
        return out;
    }

    /** The width the columns can share: the table's inside, less the vertical scroll bar while it shows. */
    private double room() {
        double w = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL && b.isVisible()) {
                w -= b.getWidth();
            }
        }
        return w;
    }

    private List<TableColumnHeader> headers() {
        List<TableColumnHeader> out = new ArrayList<>();
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() != null) {
                out.add(h);
            }
        }
        return out;
    }

    /** The header's label (its text, or the graphic a column shows as its title). */
    private static Labeled label(TableColumnHeader h) {
        for (Node n : h.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l) {
                return l;
            }
        }
        return null;
    }

    /** The width the header needs to show its title whole: its label's, and the header's own padding. */
    private double headerNeed(TableColumnHeader h) {
        if (h == null) {
            return 0;
        }
        Labeled l = label(h);
        if (l == null) {
            return 0;
        }
        if (followed.add(l)) {
            l.fontProperty().addListener((obs, o, n) -> queue());
        }
        return l.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset() + 2;
    }

    /**
     * The width the column's widest value needs in the table's type ({@code size} px, the headers' family, or
     * monospace for the number columns as compare.css styles them).
     */
    private double valueNeed(TableColumn<?, ?> c, String family, double size) {
        boolean mono = c.getStyleClass().contains(CompareTable.NUMBER_STYLE_CLASS);
        Text probe = new Text();
        probe.setFont(mono ? Font.font("Monospaced", size) : Font.font(family, FontWeight.NORMAL, size));
        double widest = 0;
        for (int row = 0; row < table.getItems().size(); row++) {
            Object value = c.getCellData(row);
            if (value != null) {
                probe.setText(value instanceof String s ? s : valueText.apply(value));
                double pad = value instanceof String ? CELL_PADDING_EM : GRAPHIC_PADDING_EM;
                widest = Math.max(widest, probe.getLayoutBounds().getWidth() + pad * size);
            }
        }
        return widest;
    }
}
