package org.gatelab.ui.forms;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * The one way a whole-number spinner of GateLab reads what is typed into it: "4,641" and "4_641" are 4641, and
 * text that is not a whole number ("82t") leaves the last good value instead of throwing from the spinner's
 * converter.
 */
public final class WholeNumberSpinners {
    private WholeNumberSpinners() {
    }

    /** Makes {@code spinner} forgive what is typed into it, as above. */
    public static void forgiving(Spinner<Integer> spinner) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.trim().replace(",", "").replace("_", ""));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
    }

    /** As {@link #forgiving}, and text left unreadable in the field shows the last good value again on leaving it. */
    public static void forgivingAndRestoredOnLeaving(Spinner<Integer> spinner) {
        forgiving(spinner);
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
            }
        });
    }
}
