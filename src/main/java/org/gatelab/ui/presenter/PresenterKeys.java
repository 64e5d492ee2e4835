package org.gatelab.ui.presenter;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.window.PresenterMode;
import org.gatelab.vocabulary.ViewKind;

/**
 * The classroom keys ({@link KeyHelp#ALL}), in and out of presenter mode: F5 and Esc, the lesson's next and
 * previous step (PageDown / N, PageUp / B), while presenting a lesson the answers to the room (A), the views (1 to 6), zoom (Z), the theme (T), the key overlay (?),
 * and + / − for the type scale while presenting. The timeline's keys (Space, arrows, Home, End) stay the
 * workspace's. Nothing but F5 and Esc is taken while the user types in a field.
 */
public final class PresenterKeys {
    /**
     * What the window does for the keys.
     *
     * @param toggleTheme    switches between light and dark
     * @param toggleView     shows or hides a workspace view
     * @param toggleZoom     zooms into the first shown view, or back
     * @param workspaceShown true while the workspace tab is shown (the view keys act only then)
     */
    public record Actions(Runnable toggleTheme, Consumer<ViewKind> toggleView, Runnable toggleZoom,
                          BooleanSupplier workspaceShown) {
    }

    private final PresenterMode mode;
    private final LessonPlayerViewModel player;
    private final KeyHelpOverlay help;
    private final Actions actions;

    /** @param player the lesson player, or null in a window without lessons */
    public PresenterKeys(PresenterMode mode, LessonPlayerViewModel player, KeyHelpOverlay help, Actions actions) {
        this.mode = mode;
        this.player = player;
        this.help = help;
        this.actions = actions;
    }

    /** For the scene's KEY_PRESSED filter; consumes the events it acts on. */
    public void handlePressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.F5) {
            help.hide();
            mode.toggle();
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE && (help.isShown() || mode.isPresenting())) {
            if (help.isShown()) {
                help.hide();
            } else {
                mode.exit();
            }
            e.consume();
            return;
        }
        if (typing(e) || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        if (act(code)) {
            e.consume();
        }
    }

    private boolean act(KeyCode code) {
        switch (code) {
            case PAGE_DOWN, N -> {
                return lessonStep(true);
            }
            case PAGE_UP, B -> {
                return lessonStep(false);
            }
            case Z -> {
                if (actions.workspaceShown().getAsBoolean()) {
                    actions.toggleZoom().run();
                    return true;
                }
                return false;
            }
            case T -> {
                actions.toggleTheme().run();
                return true;
            }
            case A -> {
                return revealAnswers();
            }
            default -> {
                ViewKind view = ViewToggle.forDigit(digit(code));
                if (view != null && actions.workspaceShown().getAsBoolean()) {
                    actions.toggleView().accept(view);
                    return true;
                }
                return false;
            }
        }
    }

    /** For the scene's KEY_TYPED filter: ? and (while presenting) + and −, whatever the keyboard layout. */
    public void handleTyped(KeyEvent e) {
        if (typing(e)) {
            return;
        }
        String c = e.getCharacter();
        if ("?".equals(c)) {
            help.toggle();
        } else if (mode.isPresenting() && ("+".equals(c) || "=".equals(c))) {
            mode.scaleUp();
        } else if (mode.isPresenting() && ("-".equals(c) || "_".equals(c) || "\u2212".equals(c))) {
            mode.scaleDown();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * While presenting a lesson step with checks: shows the room each check's answer and explanation (the
     * caption shows them; a check not yet answered counts as skipped, and its sealed number is unsealed).
     */
    private boolean revealAnswers() {
        if (player == null || player.lesson() == null || !mode.isPresenting() || player.step() == null) {
            return false;
        }
        for (int i = 0; i < player.step().checks().size(); i++) {
            player.skip(i);
        }
        return true;
    }

    private boolean lessonStep(boolean forward) {
        if (player == null || player.lesson() == null) {
            return false;
        }
        if (forward && player.hasNext()) {
            player.next();
        } else if (!forward && player.hasBack()) {
            player.back();
        }
        return true;
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }

    /** True while the user types into a field (a text field, an editable spinner or combo box). */
    private static boolean typing(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node n ? n : null;
        if (e.getSource() instanceof javafx.scene.Scene scene && scene.getFocusOwner() != null) {
            focus = scene.getFocusOwner();
        }
        return focus instanceof TextInputControl
                || (focus instanceof Spinner<?> s && s.isEditable())
                || (focus instanceof ComboBoxBase<?> c && c.isEditable());
    }
}
