package dev.portico.it.crash;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The test stack's WildFly through the launcher, as an operator would handle it: {@code ./portal
 * kill-wildfly} (SIGKILL to the JVM) and {@code ./portal test-env start-wildfly} (the same JVM
 * options and port offset as Arquillian's start, waiting until the portal answers). The launcher
 * gets the test stack's home and ports; the database and Keycloak settings come from this
 * process's environment, which Maven set for Arquillian's WildFly too.
 */
final class TestStackWildFly {

    private final Path launcher = Path.of(System.getProperty("portico.root"), "portal");
    private final Map<String, String> environment = Map.of(
            "PORTICO_HOME", Path.of(System.getProperty("portico.jbossHome")).getParent().toString(),
            "PORTICO_HTTP_PORT", Integer.toString(URI.create(System.getProperty("portico.baseUrl")).getPort()),
            "PORTICO_MANAGEMENT_PORT", System.getProperty("portico.managementPort"),
            "PORTICO_WILDFLY_OFFSET", System.getProperty("portico.portOffset"));

    void kill() throws IOException, InterruptedException {
        run(List.of("kill-wildfly"), 30);
    }

    void start() throws IOException, InterruptedException {
        run(List.of("test-env", "start-wildfly"), 300);
    }

    private void run(List<String> arguments, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString());
        builder.command().addAll(arguments);
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./portal " + String.join(" ", arguments) + " did not finish within " + timeoutSeconds + " s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("./portal " + String.join(" ", arguments) + " failed:\n" + output);
        }
        System.out.print(output);
    }
}
