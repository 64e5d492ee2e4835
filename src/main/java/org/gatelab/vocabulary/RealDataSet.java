package org.gatelab.vocabulary;

import java.util.Locale;

/**
 * The recordings of the training lab's gallery of real data ({@link TaskKind#REAL}); {@link #id()} is the name
 * used on the command line ({@code --dataset co2}), in experiment files and in scenes. What each one holds, its
 * source, licence and credit are in the tasks package and in {@code assets/data/README.md}.
 */
public enum RealDataSet {
    SENSORS_INDOOR("sensors-indoor", "Sensor network, indoor mote: humidity with labelled anomalies"),
    SENSORS_OUTDOOR("sensors-outdoor", "Sensor network, outdoor mote: humidity with labelled anomalies"),
    ECG("ecg", "Electrocardiogram: 5 minutes of MIT-BIH record 208"),
    BIRTHS("births", "Daily births in the USA, 2000–2014"),
    SUNSPOTS("sunspots", "Yearly sunspot number, 1700–2008"),
    CO2("co2", "Weekly CO₂ at Mauna Loa, 1958–2001");

    private final String id;
    private final String title;

    RealDataSet(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    /** The title for menus, e.g. "Weekly CO₂ at Mauna Loa, 1958–2001". */
    public String title() {
        return title;
    }

    /** The ids in words, "a, b or c", for messages and prompts. */
    public static String ids() {
        return ChoiceSetting.ids(values(), RealDataSet::id);
    }

    /** Parses an id ({@code co2}, {@code sensors-indoor}), any case; {@code _} is accepted for {@code -}. */
    public static RealDataSet parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (RealDataSet d : values()) {
            if (d.id.equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown data set \"" + text + "\" (expected " + ids() + ")");
    }
}
