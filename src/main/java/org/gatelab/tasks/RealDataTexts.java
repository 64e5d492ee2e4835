package org.gatelab.tasks;

import org.gatelab.vocabulary.RealDataSet;

/**
 * The gallery's explanations. Every number was measured with the recording's defaults ({@link RealDataInfo}), the
 * lab's training defaults (LSTM, hidden 32, Adam 0.01, batch 32, clip 1, 20 epochs) and seed 1; the references'
 * figures are asserted by {@code RealDataSetsTest} and the models' by {@code RealDataOutcomeTest} (run with
 * {@code mvn -Prealdata verify}).
 */
final class RealDataTexts {
    private RealDataTexts() {
    }

    static String explanation(RealDataSet set) {
        return switch (set) {
            case SENSORS_INDOOR -> SENSORS_INDOOR;
            case SENSORS_OUTDOOR -> SENSORS_OUTDOOR;
            case ECG -> ECG;
            case BIRTHS -> BIRTHS;
            case SUNSPOTS -> SUNSPOTS;
            case CO2 -> CO2;
        };
    }

    private static final String DETECTOR = "The model learns to forecast the next reading from 20 on the first 40% of "
            + "the readings, all normal; a validation reading whose error exceeds mean + 3 sd of the training errors "
            + "raises an alarm, scored against the labels: precision is the share of alarms on a labelled reading "
            + "(or within a window after one), recall the share of labelled readings that raised an alarm.";

    static final String SENSORS_INDOOR = "Sensor analytics with ground truth: the humidity of an indoor mote, one "
            + "reading every 5 seconds. From reading 2,344 an introduced event drives it from about 46% up to 92% "
            + "for 117 readings, which the data's authors labelled. " + DETECTOR + " With the defaults (seed 1, "
            + "20 epochs) the LSTM raised 119 alarms, precision 0.97 and recall 0.97. The naive forecast used the "
            + "same way scores 0.95 and 0.81, the linear autoregression 0.95 and 0.82: they follow the event up, so "
            + "their error falls back while it lasts. The LSTM, trained on humidities between 42% and 48%, cannot "
            + "reach 90% (more than 40 sd above its training mean, far beyond what its tanh units span), so its "
            + "error stays high for the whole event. The same failure makes its validation loss, 17, look "
            + "hopeless next to the naive forecast's 0.52: for a detector, the loss is the wrong score.";

    static final String SENSORS_OUTDOOR = "The same network's outdoor mote, where humidity drifts with the "
            + "weather: between 36% and 51% during the training part, up to 59% later, and an introduced event of "
            + "32 labelled readings from reading 2,362. " + DETECTOR + " With the defaults (seed 1, 20 epochs) the "
            + "LSTM raised 733 alarms, almost all false: precision 0.05, recall 0.97. The drift leaves the range "
            + "it was trained on, the failure of the CO₂ record. The naive "
            + "forecast scores 0.46 and 0.84, the linear autoregression 0.53 and 0.88. With Differencing 1 the "
            + "LSTM reads and forecasts the changes, which stay in range: 77 alarms, precision 0.39 and recall 0.81, "
            + "close to the naive detector though not better. A drifting sensor needs a detector of changes.";

    static final String ECG = "Patient monitoring: five minutes of an ambulatory electrocardiogram (MIT-BIH record "
            + "208, lead MLII) in millivolts, averaged from 360 to 90 values a second. Normal beats are mixed with "
            + "abnormal ones; SciPy's notes on this excerpt point to premature ventricular contractions from about "
            + "second 16 on and large artifacts near seconds 207 to 215. The model reads half a second (45 values) "
            + "and forecasts the next value; the first half of the recording trains it (every 2nd window, to keep "
            + "epochs short) and the second half validates. The naive forecast scores 0.095 and a linear "
            + "autoregression on the same 45 values 0.067; with the defaults (seed 1, 20 epochs) the LSTM ends at "
            + "0.023: the shape of a heartbeat can be learnt. Used as a detector (an error above mean + 3 sd of the "
            + "training errors raises an alarm) it raised 107 alarms, spread over every half minute of the "
            + "validation half rather than gathered in one place. No beat annotations ship with this file, so "
            + "whether an alarm marks an abnormal beat cannot be scored here: the error is an anomaly score that a "
            + "cardiologist's labels would have to calibrate.";

    static final String BIRTHS = "Demand forecasting: the number of births in the USA on each day of 2000 to 2014. "
            + "The week dominates (about 8,600 births on a Saturday and 7,500 on a Sunday, against 11,900 to "
            + "13,100 on weekdays), with a yearly cycle and holiday dips on top. The model reads four weeks (28 "
            + "days) and forecasts the next day; 2000 to 2011 train, 2012 to 2014 validate. Here the naive forecast "
            + "\"tomorrow as today\" scores 1.08, worse than the best constant's 0.87, because every Saturday "
            + "follows a Friday; the honest reference is the seasonal naive forecast \"as seven days ago\", 0.16, "
            + "and a linear autoregression on the same 28 days does better still, 0.093. With the defaults (seed "
            + "1, 20 epochs) the LSTM ends at 0.083: below both, but by only a tenth against the linear model.";

    static final String SUNSPOTS = "Long cycles: the yearly sunspot number, 1700 to 2008, rising and falling in "
            + "cycles of about 11 years whose heights differ. The model reads 20 years and forecasts the next; "
            + "1700 to 1946 train and 1947 to 2008 validate, a part that holds the highest year of all (190 in "
            + "1957, against at most 154 in training). The naive forecast scores 0.95; the seasonal naive forecast "
            + "\"as 11 years ago\" does worse, 1.24, because the cycle's length varies (7 to 17 years from one "
            + "peak to the next in this file); a "
            + "linear autoregression on the same 20 years scores 0.36. With the defaults (seed 1, 20 epochs) the "
            + "LSTM ends at 0.32, and over its last ten epochs it moves between 0.26 and 0.35: on 62 validation "
            + "years it is about level with the linear model, not clearly better.";

    static final String CO2 = "A trend: the weekly CO₂ concentration at Mauna Loa from 1958 to 2001, a yearly "
            + "cycle on a rise of about 1.3 ppm a year (from 316 ppm in 1959 to 369 in 2000). 59 weeks have no "
            + "measurement; they are filled in by linear interpolation (the notes say so). The model reads 20 weeks "
            + "and forecasts the next; the first 80% trains, and from April 1993 on validates, where 77% of the weeks lie above the highest training "
            + "week. A z-scored tanh network cannot follow a series out of the range it was trained on: with the "
            + "defaults (seed 1, 20 epochs) the LSTM is worse than the naive forecast in every epoch, and ends at "
            + "0.0044, 2.8 times the naive 0.0016 (a linear autoregression scores 0.0012). Set Differencing to 1 "
            + "and the model forecasts the weekly change instead, which stays in range: every epoch then beats the "
            + "naive forecast, and it ends at 0.70 times it (0.80 against 1.13, in units of the changes' sd), "
            + "below the linear autoregression's 0.88.";
}
