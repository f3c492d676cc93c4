package io.talentgraph.server;

import io.talentgraph.TalentGraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The note a running {@link GraphServer} leaves in its store directory, so that other processes that want the
 * store (which the server holds locked) can work through the server over Bolt instead.
 *
 * <p>The file holds a login that is valid only while that server runs (a user created at start and dropped at
 * stop), never the password of the {@code neo4j} user. It is written readable by its owner only, and a file
 * that another user owns or could read or change is refused rather than trusted.
 *
 * @param pid         the serving process
 * @param started     when that process started, to tell it from a later process that reuses its id
 * @param boltUri     where clients on this machine reach Bolt
 * @param browserUri  where Neo4j Browser is served
 * @param user        the session login's user, or {@code null} when authentication is off
 * @param password    the session login's password, or {@code null}
 * @param readOnly    whether the server refuses writes
 */
public record ServeState(long pid, Instant started, URI boltUri, URI browserUri, String user, String password,
                         boolean readOnly) {

    /** The file's name inside the store directory. */
    public static final String FILE_NAME = "talentgraph-serve.properties";

    private static final Logger LOG = LoggerFactory.getLogger(ServeState.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    /**
     * @param storeDirectory a store directory
     * @return the state file's path in it
     */
    public static Path file(Path storeDirectory) {
        return storeDirectory.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /**
     * Finds the server running on a store.
     *
     * @param storeDirectory the store directory
     * @return the running server's state; empty when there is none, or the file was left by a process that ended
     * @throws TalentGraphException when the file exists but is not safe to trust
     */
    public static Optional<ServeState> find(Path storeDirectory) {
        Path file = file(storeDirectory);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        requireOwnedAndPrivate(file);
        ServeState state;
        try {
            state = read(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new TalentGraphException("Cannot read " + file + " (" + e.getMessage() + "). If no TalentGraph server "
                    + "runs on this store, delete the file.", e);
        }
        if (!state.isAlive()) {
            LOG.debug("Ignoring {}: process {} is gone", file, state.pid());
            return Optional.empty();
        }
        return Optional.of(state);
    }

    /** @return whether the process that wrote this state still runs */
    public boolean isAlive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().startInstant().map(started::equals).orElse(true))
                .isPresent();
    }

    /** @return the state of the current process, with the given addresses and login */
    static ServeState ofThisProcess(URI boltUri, URI browserUri, String user, String password, boolean readOnly) {
        ProcessHandle self = ProcessHandle.current();
        return new ServeState(self.pid(), self.info().startInstant().orElse(Instant.EPOCH), boltUri, browserUri, user,
                password, readOnly);
    }

    /** Writes the file readable by its owner only, atomically, so no reader sees half of it. */
    void write(Path storeDirectory) {
        Path target = file(storeDirectory);
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("started", started.toString());
        p.setProperty("bolt", boltUri.toString());
        p.setProperty("browser", browserUri.toString());
        if (user != null) {
            p.setProperty("user", user);
            p.setProperty("password", password);
        }
        p.setProperty("readOnly", Boolean.toString(readOnly));
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path temp = posix
                    ? Files.createTempFile(target.getParent(), ".talentgraph-serve", ".tmp",
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(target.getParent(), ".talentgraph-serve", ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(w, "Written by a TalentGraph server while it runs; deleted when it stops. Other TalentGraph "
                        + "clients read it to work through the server. The login is valid only while it runs.");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new TalentGraphException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file if this state is the one in it, so a server never removes another's note. */
    void delete(Path storeDirectory) {
        Path file = file(storeDirectory);
        try {
            if (Files.exists(file) && read(file).pid() == pid) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    private static ServeState read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new ServeState(Long.parseLong(required(p, "pid")), Instant.parse(required(p, "started")),
                URI.create(required(p, "bolt")), URI.create(required(p, "browser")), p.getProperty("user"),
                p.getProperty("password"), Boolean.parseBoolean(p.getProperty("readOnly")));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value.strip();
    }

    private static void requireOwnedAndPrivate(Path file) {
        try {
            String owner = Files.getOwner(file).getName();
            String me = System.getProperty("user.name");
            if (!owner.equals(me)) {
                throw new TalentGraphException("Refusing to trust " + file + ": it belongs to '" + owner + "', not to you ('"
                        + me + "'). A server note must come from a server you run; delete the file if no "
                        + "server of yours runs.");
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                throw new TalentGraphException("Refusing to trust " + file + ": other users can read or change it. "
                        + "Delete it and restart the server.");
            }
        } catch (IOException e) {
            throw new TalentGraphException("Cannot check the owner of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ServeState[pid=" + pid + ", bolt=" + boltUri + ", browser=" + browserUri + ", user=" + user
                + ", readOnly=" + readOnly + "]";
    }
}
