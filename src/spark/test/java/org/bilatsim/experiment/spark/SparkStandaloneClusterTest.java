package org.bilatsim.experiment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on this machine: a master and two one-core workers, each a JVM of
 * its own (Spark's own Master and Worker classes, on the jars of target/spark-home, the same java),
 * listening on 127.0.0.1 only. A 200-replication comparison and a small sweep run on it and write the
 * bytes the in-process engine writes; afterwards no process of the cluster is left and nothing
 * listens on its ports. The workers start executors from SPARK_HOME=target/spark-home; bilatsim's
 * classes reach them on their class path (class directories of this build; a jar build ships its jars
 * with the job instead).
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class SparkStandaloneClusterTest {
    private static final Path HOME = Path.of("target", "spark-home").toAbsolutePath();
    private static final Duration START = Duration.ofSeconds(90);
    private static final List<Process> cluster = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();
    private static String master;

    @TempDir
    static Path work;

    @BeforeAll
    static void startCluster() throws Exception {
        assertTrue(Files.isDirectory(HOME.resolve("jars")), "Spark's jars in " + HOME + " (mvn -Pspark)");
        int masterPort = freePort();
        ports.add(masterPort);
        master = "spark://127.0.0.1:" + masterPort;
        cluster.add(start(
                "master",
                "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort),
                "--webui-port", String.valueOf(port())));
        awaitListening(masterPort);
        for (int w = 1; w <= 2; w++) {
            Path dir = Files.createDirectories(work.resolve("worker-" + w));
            int workerPort = port();
            cluster.add(start(
                    "worker-" + w,
                    "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1",
                    "--port", String.valueOf(workerPort),
                    "--webui-port", String.valueOf(port()),
                    "--cores", "1",
                    "--memory", "1g",
                    "--work-dir", dir.toString(),
                    master));
            awaitListening(workerPort);
        }
        // The driver (this JVM) asks for an executor of 512 MB on each worker.
        System.setProperty("spark.executor.memory", "512m");
        System.setProperty("spark.cores.max", "2");
    }

    @AfterAll
    static void stopClusterAndCheckNothingIsLeft() throws Exception {
        System.clearProperty("spark.executor.memory");
        System.clearProperty("spark.cores.max");
        org.bilatsim.experiment.Runner.engine("spark").orElseThrow().close();
        List<ProcessHandle> all = new ArrayList<>();
        for (Process p : cluster) {
            all.add(p.toHandle());
            p.toHandle().descendants().forEach(all::add);
        }
        // Workers first (each stops its executors), then the master.
        for (int i = cluster.size() - 1; i >= 0; i--) {
            cluster.get(i).destroy();
            if (!cluster.get(i).waitFor(30, TimeUnit.SECONDS)) {
                cluster.get(i).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        for (ProcessHandle h : all) {
            h.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(h.isAlive(), "process " + h.pid() + " of the cluster is still running");
        }
        for (int port : ports) {
            assertFalse(listening(port), "something still listens on 127.0.0.1:" + port);
        }
    }

    @Test
    void aTwoHundredReplicationComparisonOnTheClusterIsTheLocalOneByteForByte() throws Exception {
        String[] compare = {
            "compare", "configs/pak-aze/baseline.yaml", "configs/pak-aze/rice-no-exemption.yaml", "-n", "200", "--no-charts"
        };
        long t0 = System.nanoTime();
        Path onCluster = SameBytes.run(work.resolve("cluster-compare"), with(compare, "--engine", "spark", "--master", master));
        double clusterSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Path local = SameBytes.run(work.resolve("local-compare"), with(compare, "--threads", "2"));
        double localSeconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(SameBytes.assertSame(local, onCluster) >= 3);
        // 400 runs (two scenarios x 200) on two one-core executors; the first job includes the
        // executors' start. Reported for docs/performance.md (target/surefire-reports/*-output.txt).
        System.out.printf(
                Locale.ROOT,
                "compare -n 200 (400 runs): cluster of 2 one-core workers %.1f s (%.2f runs/s per core),"
                        + " in-process on 2 threads %.1f s%n",
                clusterSeconds,
                400 / clusterSeconds / 2,
                localSeconds);
    }

    @Test
    void aSmallSweepOnTheClusterIsTheLocalOneByteForByte() throws Exception {
        String[] sweep = {
            "sweep", "configs/pak-aze/baseline.yaml", "--vary", "products.rice.substitutionElasticity=3,5,7",
            "-n", "10", "--no-charts"
        };
        Path onCluster = SameBytes.run(work.resolve("cluster-sweep"), with(sweep, "--engine", "spark", "--master", master));
        Path local = SameBytes.run(work.resolve("local-sweep"), sweep);
        assertEquals(SameBytes.assertSame(local, onCluster), SameBytes.assertSame(onCluster, local));
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(HOME.resolve("jars") + File.separator + "*");
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", HOME.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    private static int port() throws IOException {
        int port = freePort();
        ports.add(port);
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (!listening(port)) {
            for (Process p : cluster) {
                assertTrue(p.isAlive(), () -> "a cluster process ended: " + logs());
            }
            assertTrue(System.nanoTime() < deadline, () -> "nothing on port " + port + " after " + START + logs());
            Thread.sleep(200);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String logs() {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(work)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                text.append("\n--- ").append(log.getFileName()).append('\n').append(Files.readString(log));
            }
        } catch (IOException e) {
            text.append(e);
        }
        return text.toString();
    }
}
