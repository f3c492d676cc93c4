package io.talentgraph.cli;

import io.talentgraph.testing.LongSuite;

/**
 * {@link InjectionIT} with 1,000 generated names, aliases, quotes and query inputs (seed 20250701) instead of 100:
 * the fuzz run of the long suites.
 */
@LongSuite
class InjectionFuzzIT extends InjectionIT {

    @Override
    int inputCount() {
        return Integer.getInteger("tg.fuzz.inputs", 1000);
    }
}
