package io.talentgraph.cli;

import io.talentgraph.embedded.StoreInUseException;
import io.talentgraph.load.MergeRefusedException;
import io.talentgraph.query.NotFoundException;
import io.talentgraph.server.PortsInUseException;

/**
 * What the command line adds to a library's error: the libraries say what to do in their own terms, and the app
 * names its commands and options.
 */
final class CliHints {

    private CliHints() {
    }

    /**
     * @param e an error a command failed with
     * @return a sentence to print after its message, starting with a space; empty when there is none
     */
    static String of(Throwable e) {
        if (e instanceof StoreInUseException) {
            return " Is `talentgraph serve` running on it? Stop it, or point this command at it with "
                    + "--uri bolt://127.0.0.1:7687.";
        }
        if (e instanceof MergeRefusedException refused && refused.mergeToUndo().isPresent()) {
            return " Undo it with: talentgraph unmerge " + refused.mergeToUndo().get();
        }
        if (e instanceof PortsInUseException) {
            return " On the command line: talentgraph serve --bolt-port N --http-port M.";
        }
        if (e instanceof NotFoundException) {
            return " `talentgraph search NAME` lists what the graph holds under a name.";
        }
        return "";
    }
}
