package de.schulplatz.batch;

/** Names of the job parameters of placementJob; date and run number identify a run. */
final class RunParameters {

    static final String PLANNING_DATE = "planningDate";
    static final String RUN_NUMBER = "runNumber";
    static final String INPUT_DIR = "inputDir";
    static final String OUTPUT_DIR = "outputDir";

    private RunParameters() {
    }
}
