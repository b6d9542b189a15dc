package xianjie;

import java.nio.file.Files;
import java.nio.file.Path;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.Node;

/** One Elasticsearch node on 127.0.0.1 for the contract tests: the server jars on the class path,
 *  HTTP from the transport-netty4 module laid out under home/modules by start.sh. */
public final class EsLauncher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int httpPort = Integer.parseInt(args[1]);
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        LogConfigurator.loadLog4jPlugins();
        LogConfigurator.configureESLogging();
        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "xianjie-contract")
            .put("node.name", "xianjie-es")
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", (httpPort + 100) + "-" + (httpPort + 200))
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            .put("discovery.type", "single-node")
            .put("action.destructive_requires_name", false)
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Files.createDirectories(home.resolve("config"));
        Node node = new Node(new Environment(settings, home.resolve("config")));
        node.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try { node.close(); } catch (Exception ignored) { }
        }));
        System.out.println("ELASTICSEARCH READY http://127.0.0.1:" + httpPort);
        System.out.flush();
        Thread.currentThread().join();
    }
}
