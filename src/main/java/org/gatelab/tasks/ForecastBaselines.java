package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The honest references of a forecasting split, each scored on the split's validation targets in the model's
 * loss units (the squared error of the value forecast, divided by the normalisation's sd squared):
 * <ul>
 *   <li>the naive forecast, "the next value equals the last one";</li>
 *   <li>the seasonal naive forecast, "the value one season earlier" (where the data has a season);</li>
 *   <li>a linear autoregression fitted by least squares on the training windows the model reads (values or
 *       changes), the linear model a recurrent network must beat to earn its keep.</li>
 * </ul>
 */
final class ForecastBaselines {
    static final String NAIVE = "naive";
    static final String SEASONAL_NAIVE = "seasonal_naive";
    static final String LINEAR_AR = "linear_ar";

    private ForecastBaselines() {
    }

    /** The naive forecast's validation loss: mean of ((x_t − x_{t−1}) / sd)² over the validation targets. */
    static double naive(Forecasting.Split split) {
        if (split.difference() == 0) {
            return split.validation().naiveLoss();
        }
        return lagged(split, 1);
    }

    /** Mean of ((x_t − x_{t−lag}) / sd)² over the validation targets; NaN when a target has no value that early. */
    static double lagged(Forecasting.Split split, int lag) {
        WindowedSeries v = split.validation();
        double[] x = split.levels();
        double sd = split.normalization().sd();
        double sum = 0;
        for (int n = 0; n < v.size(); n++) {
            int t = split.levelIndex(v.targetIndex(n));
            if (t - lag < 0) {
                return Double.NaN;
            }
            double d = (x[t] - x[t - lag]) / sd;
            sum += d * d;
        }
        return sum / v.size();
    }

    /**
     * The seasonal naive and linear autoregression references (the naive forecast is {@link TaskData}'s own).
     *
     * @param season steps in one season (e.g. 7 for daily data with a weekly cycle), 0 for none
     * @param what   the season in words, e.g. "one week"; ignored without a season
     */
    static List<Baseline> of(Forecasting.Split split, int season, String what) {
        List<Baseline> out = new ArrayList<>();
        if (season > 1) {
            double loss = lagged(split, season);
            if (Double.isFinite(loss)) {
                out.add(new Baseline(SEASONAL_NAIVE, "seasonal naive (" + season + " steps)",
                        "the value " + season + " steps (" + what + ") earlier", loss));
            }
        }
        out.add(linear(split));
        return out;
    }

    /** The linear autoregression on the same windows as the model. */
    static Baseline linear(Forecasting.Split split) {
        LinearAutoregression ar = LinearAutoregression.fit(split.train());
        double loss = split.validation().loss(ar.predictAll(split.validation()));
        String reads = split.difference() == 0 ? "values" : "changes";
        return new Baseline(LINEAR_AR, "linear AR(" + ar.order() + ")", String.format(Locale.ROOT,
                "a linear autoregression on the last %d %s, fitted by least squares on the training windows",
                ar.order(), reads), loss);
    }
}
