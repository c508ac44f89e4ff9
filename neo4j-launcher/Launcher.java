// Neo4j Community embedded with Bolt, for machines without Docker.
// Run with the JDK single-file source launcher (see src/graph/embedded.ts):
//   java <flags> -cp "$(cat target/cp.txt)" Launcher.java --home DIR [--port N] [--pagecache 64m]
//        [--tx-memory 256m] [--state FILE] [--watch-stdin]
// Prints one line "KG_NEO4J_READY bolt://127.0.0.1:PORT" on stdout once Bolt accepts connections.
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class Launcher {
    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        Path home = Path.of(require(args, "home")).toAbsolutePath();
        int port = args.containsKey("port") ? Integer.parseInt(args.get("port")) : 0;
        if (port == 0) port = freePort();
        long pageCache = bytes(args.getOrDefault("pagecache", "64m"));
        long txMemory = bytes(args.getOrDefault("tx-memory", "256m"));
        Path stateFile = args.containsKey("state") ? Path.of(args.get("state")).toAbsolutePath() : null;
        Files.createDirectories(home);

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
            // No network on many of the machines this runs on, and nothing to report anyway.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
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
