// Neo4j Community embedded with Bolt, for machines without Docker.
// Compiled once into target/classes and run from there (see src/graph/classpath.ts, embedded.ts):
//   java <flags> -cp "target/classes:$(cat target/cp.txt)" Launcher --home DIR [--port N] [--pagecache 64m]
//        [--tx-memory 256m] [--state FILE] [--password-file FILE] [--watch-stdin]
// Prints one line "KG_NEO4J_READY bolt://127.0.0.1:PORT" on stdout once Bolt accepts connections.
// With --password-file, auth is on and user neo4j has the password in that file (kept out of argv, which
// every local user can read in ps). Bolt over WebSocket is refused either way: only the Bolt preamble is let
// through, so no web page in a local browser can reach the store (Neo4j 5.26 has no setting for it).
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.FileUserRepository;

public class Launcher {
    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        Path home = Path.of(require(args, "home")).toAbsolutePath();
        int port = args.containsKey("port") ? Integer.parseInt(args.get("port")) : 0;
        if (port == 0) port = freePort();
        long pageCache = bytes(args.getOrDefault("pagecache", "64m"));
        long txMemory = bytes(args.getOrDefault("tx-memory", "256m"));
        Path stateFile = args.containsKey("state") ? Path.of(args.get("state")).toAbsolutePath() : null;
        String password = args.containsKey("password-file")
            ? Files.readString(Path.of(args.get("password-file")), StandardCharsets.UTF_8).trim() : null;
        Files.createDirectories(home);
        if (password != null) seedInitialPassword(home, password);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            // Bolt waits 5 s twice on shutdown by default; local clients are gone by then anyway.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
            // Per-statement work with no use here (src/bench/findings.md, item 42): Community writes no query log,
            // yet VERBOSE is the default; a keep-alive NOOP is scheduled around every request, for proxies that a
            // local Bolt connection does not cross (the driver checks its pooled connections itself).
            .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
            .setConfig(BoltConnector.connection_keep_alive_type, BoltConnector.KeepAliveRequestType.OFF)
            // No network on many of the machines this runs on, and nothing to report anyway.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
            .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                if (stateFile != null) {
                    try { Files.deleteIfExists(stateFile); } catch (IOException ignored) { }
                }
            }
        }, "kg-neo4j-shutdown"));

        // Bolt is up once the default database answers; a trivial query proves it.
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        refuseWebSockets(db);
        if (password != null) setPasswordOnce(home, dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        // Read once, when the system database was made; it holds a hash of the password, so it goes.
        Files.deleteIfExists(home.resolve("data").resolve("dbms").resolve("auth.ini"));

        String uri = "bolt://127.0.0.1:" + port;
        if (stateFile != null) writeState(stateFile, uri, port);
        System.out.println("KG_NEO4J_READY " + uri);
        System.out.flush();

        if (args.containsKey("watch-stdin")) {
            // The parent holds our stdin open; when it dies (even by kill -9) stdin closes and we stop,
            // so no orphaned JVM keeps the store locked.
            InputStream in = System.in;
            byte[] buf = new byte[256];
            while (in.read(buf) >= 0) { /* discard */ }
            System.exit(0);
        } else {
            Thread.currentThread().join();
        }
    }

    /**
     * On a new store, the user neo4j is created with our password from the start (Neo4j reads data/dbms/auth.ini
     * when it makes the system database, as `neo4j-admin dbms set-initial-password` arranges): no moment with the
     * default password neo4j/neo4j while Bolt already listens. An existing store is set by setPassword below.
     */
    private static void seedInitialPassword(Path home, String password) throws Exception {
        Path data = home.resolve("data");
        if (Files.exists(data.resolve("databases").resolve("system"))) return;
        Path authIni = data.resolve("dbms").resolve("auth.ini");
        Files.createDirectories(authIni.getParent());
        Files.deleteIfExists(authIni);
        FileUserRepository users = new FileUserRepository(
            new DefaultFileSystemAbstraction(), authIni, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        users.start();
        users.create(new User("neo4j", null,
            SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
        users.shutdown();
    }

    /**
     * Sets the password unless this store already has it (a stamp of the last one set, kept beside the store):
     * a restart then runs no admin command before Bolt is ready, which cost seconds on a loaded machine.
     */
    private static void setPasswordOnce(Path home, GraphDatabaseService system, String password) throws Exception {
        Path stamp = home.resolve("data").resolve("dbms").resolve("kg-password.sha256");
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        String hex = java.util.HexFormat.of().formatHex(digest);
        if (Files.exists(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).trim().equals(hex)) return;
        setPassword(system, password);
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, hex + "\n", StandardCharsets.UTF_8);
    }

    /** The password file is the truth: set it when it changed (a new folder, or one made before auth). */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: then it is already right.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
        }
    }

    /** Every new Bolt connection first passes BoltPreambleOnly, ahead of Neo4j's own transport selection. */
    private static void refuseWebSockets(GraphDatabaseService db) {
        BoltServer bolt = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(BoltServer.class);
        for (Connector<?> connector : bolt.getConnectors()) {
            connector.registerListener(new ConnectorListener() {
                @Override
                public void onConnectionCreated(Connection connection) {
                    connection.modifyPipeline(pipeline -> pipeline.addFirst("kg-bolt-preamble-only", new BoltPreambleOnly()));
                }
            });
        }
    }

    /** Lets a connection through once its first four bytes are Bolt's magic preamble; closes any other (HTTP, WebSocket). */
    static final class BoltPreambleOnly extends ByteToMessageDecoder {
        private static final byte[] MAGIC = { 0x60, 0x60, (byte) 0xB0, 0x17 };

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            int seen = Math.min(in.readableBytes(), MAGIC.length);
            for (int i = 0; i < seen; i++) {
                if (in.getByte(in.readerIndex() + i) != MAGIC[i]) {
                    in.skipBytes(in.readableBytes());
                    ctx.close();
                    return;
                }
            }
            // Removing a decoder hands what it has buffered to the next handler, so nothing is lost.
            if (seen == MAGIC.length) ctx.pipeline().remove(this);
        }
    }

    private static void writeState(Path stateFile, String uri, int port) throws IOException {
        long pid = ProcessHandle.current().pid();
        String json = "{\"pid\":" + pid + ",\"port\":" + port + ",\"uri\":\"" + uri + "\"}\n";
        Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp-" + pid);
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, stateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** "64m", "1g", "512k" or plain bytes. */
    private static long bytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k') unit = 1L << 10;
        if (last == 'm') unit = 1L << 20;
        if (last == 'g') unit = 1L << 30;
        if (unit != 1) t = t.substring(0, t.length() - 1);
        return Long.parseLong(t) * unit;
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument: " + argv[i]);
            String key = argv[i].substring(2);
            boolean hasValue = i + 1 < argv.length && !argv[i + 1].startsWith("--");
            out.put(key, hasValue ? argv[++i] : "true");
        }
        return out;
    }

    private static String require(Map<String, String> args, String key) {
        String value = args.get(key);
        if (value == null) throw new IllegalArgumentException("missing --" + key);
        return value;
    }
}
