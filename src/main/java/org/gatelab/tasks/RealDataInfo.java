package org.gatelab.tasks;

import java.util.List;
import org.gatelab.vocabulary.RealDataSet;

/**
 * What each recording of the gallery is: its file in {@code assets/data}, its unit and sampling, its season (for
 * the seasonal naive reference), the task's defaults for it, and its licence and credit exactly as
 * {@code assets/data/README.md} gives them (a test checks that they match). Immutable.
 *
 * @param file          the file's name in {@code assets/data}
 * @param what          what the series is, in one sentence
 * @param unit          the values' unit, e.g. "ppmv"
 * @param season        steps in one season, 0 for none
 * @param seasonWords   the season in words, e.g. "one week"
 * @param window        the task's default window
 * @param trainFraction the task's default training share
 * @param stride        the task's default stride
 * @param licence       the licence, with "attribution required" where it applies
 * @param attribution   true when the licence requires the credit to be shown
 * @param credit        the credit, paragraph by paragraph, as the data's README gives it
 */
public record RealDataInfo(RealDataSet set, String file, String what, String unit, int season, String seasonWords,
                           int window, double trainFraction, int stride, String licence, boolean attribution,
                           List<String> credit) {
    public RealDataInfo {
        credit = List.copyOf(credit);
    }

    private static final String SENSOR_LICENCE = "ODC-BY-1.0 and CC-BY-4.0: attribution required";
    private static final List<String> SENSOR_CREDIT = List.of(
            "Suthaharan, Shan, Mohammed Alzahrani, Sutharshan Rajasegarar, Christopher Leckie, and Marimuthu "
                    + "Palaniswami. 2010. \"Labelled data collection for anomaly detection in wireless sensor "
                    + "networks.\" In Proceedings of the Sixth International Conference on Intelligent Sensors, "
                    + "Sensor Networks and Information Processing (ISSNIP 2010). Brisbane, Australia: IEEE.",
            "Source named by the package: Labelled Wireless Sensor Network Data Repository (LWSNDR), "
                    + "http://www.uncg.edu/cmp/downloads/lwsndr.html. Packaged by The Stdlib Authors.");

    /** The information of one recording. */
    public static RealDataInfo of(RealDataSet set) {
        return switch (set) {
            case SENSORS_INDOOR -> new RealDataInfo(set, "sensor-network-single-hop.csv", "Relative humidity (%) "
                    + "read at 5-second intervals on 9 May 2010 by mote 1, an indoor TelosB mote of a single-hop "
                    + "wireless sensor network, with the readings of an introduced event labelled.",
                    "% relative humidity", 0, "", 20, 0.4, 1, SENSOR_LICENCE, true, SENSOR_CREDIT);
            case SENSORS_OUTDOOR -> new RealDataInfo(set, "sensor-network-single-hop.csv", "Relative humidity (%) "
                    + "read at 5-second intervals on 9 May 2010 by mote 4, an outdoor TelosB mote of the same "
                    + "network, with the readings of an introduced event labelled.",
                    "% relative humidity", 0, "", 20, 0.4, 1, SENSOR_LICENCE, true, SENSOR_CREDIT);
            case ECG -> new RealDataInfo(set, "ecg-mitbih-208.csv", "Five minutes of an ambulatory "
                    + "electrocardiogram (lead MLII) with normal and abnormal beats, in millivolts, recorded at 360 Hz "
                    + "and averaged here over blocks of 4 samples, so 90 values a second.", "mV", 0, "", 45, 0.5, 2,
                    "ODC-BY-1.0: attribution required", true, List.of(
                    "From the MIT-BIH Arrhythmia Database on PhysioNet (https://physionet.org/content/mitdb/1.0.0/), "
                            + "record 208, as redistributed by SciPy.",
                    "Moody GB, Mark RG. The impact of the MIT-BIH Arrhythmia Database. IEEE Eng in Med and Biol "
                            + "20(3):45-50 (May-June 2001). (PMID: 11446209); doi:10.13026/C2F305",
                    "Goldberger AL, Amaral LAN, Glass L, Hausdorff JM, Ivanov PCh, Mark RG, Mietus JE, Moody GB, Peng "
                            + "C-K, Stanley HE. PhysioBank, PhysioToolkit, and PhysioNet: Components of a New Research "
                            + "Resource for Complex Physiologic Signals. Circulation 101(23):e215-e220 (2000); "
                            + "doi:10.1161/01.CIR.101.23.e215"));
            case BIRTHS -> new RealDataInfo(set, "us-births-2000-2014.csv", "The number of births in the United "
                    + "States on each day from 1 January 2000 to 31 December 2014, from Social Security "
                    + "Administration data.", "births a day", 7, "one week", 28, 0.8, 1,
                    "PDDL-1.0 and CC0-1.0: no attribution required", false, List.of(
                    "Source named by the package: Social Security Administration, https://www.ssa.gov/data/."));
            case SUNSPOTS -> new RealDataInfo(set, "sunspots.csv", "The yearly sunspot number from 1700 to 2008: "
                    + "the Sun's activity, rising and falling in cycles of about 11 years whose heights differ.",
                    "sunspot number", 11, "about one solar cycle", 20, 0.8, 1, "public domain", false, List.of(
                    "National Geophysical Data Center (NOAA), http://www.ngdc.noaa.gov/stp/solar/solarda3.html"));
            case CO2 -> new RealDataInfo(set, "co2.csv", "The weekly mean concentration of CO₂ in the air at Mauna "
                    + "Loa Observatory, Hawaii, from March 1958 to December 2001, in parts per million: a yearly "
                    + "cycle on a rising trend.", "ppmv", 52, "about one year", 20, 0.8, 1, "public domain", false,
                    List.of("Keeling, C.D. and T.P. Whorf. 2004. Atmospheric CO2 concentrations derived from flask "
                            + "air samples at sites in the SIO network. In Trends: A Compendium of Data on Global "
                            + "Change. Carbon Dioxide Information Analysis Center, Oak Ridge National Laboratory, U.S. "
                            + "Department of Energy, Oak Ridge, Tennessee, U.S.A."));
        };
    }

    /** The credit in one paragraph, for a label. */
    public String creditText() {
        return String.join(" ", credit);
    }
}
