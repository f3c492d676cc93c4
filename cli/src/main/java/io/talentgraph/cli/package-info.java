/** The {@code talentgraph} command-line application. The only module that configures logging. */
package io.talentgraph.cli;
