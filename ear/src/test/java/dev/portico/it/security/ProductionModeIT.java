package dev.portico.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code PORTICO_MODE=production ./portal up} refuses, before it starts anything, every secret
 * left at the demo's value, unset or short, the demo data and the demo's Keycloak administrator:
 * one line on standard error, naming the variable to set. (That a production stack with all of
 * them set starts with no demo user and Keycloak on loopback only was run by hand; see
 * docs/security.md.) No server is started here: the checks come first.
 */
class ProductionModeIT {

    /** The secrets and their demo values, as config/launcher/mode.sh lists them. */
    static final Map<String, String> DEMO_SECRETS = new LinkedHashMap<>();

    static {
        DEMO_SECRETS.put("PORTICO_INTERNAL_CLIENT_SECRET", "portico-internal-demo-secret");
        DEMO_SECRETS.put("PORTICO_EXTERNAL_CLIENT_SECRET", "portico-external-demo-secret");
        DEMO_SECRETS.put("PORTICO_ADMIN_CLIENT_SECRET", "portico-admin-demo-secret");
        DEMO_SECRETS.put("PORTICO_DB_PASSWORD", "portico");
        DEMO_SECRETS.put("PORTICO_KEYCLOAK_ADMIN_PASSWORD", "admin");
        DEMO_SECRETS.put("PORTICO_BROKER_CRM_PASSWORD", "crm-side-demo");
        DEMO_SECRETS.put("PORTICO_BROKER_ERP_PASSWORD", "erp-side-demo");
        DEMO_SECRETS.put("PORTICO_BROKER_OPS_PASSWORD", "integration-ops-demo");
        DEMO_SECRETS.put("PORTICO_BROKER_RECOVERY_PASSWORD", "xa-recovery-demo");
        DEMO_SECRETS.put("PORTICO_LEDGER_KEY", "portico-ledger-demo-key");
    }

    @Test
    void withNothingSetTheFirstSecretIsNamed() throws Exception {
        assertRefused(Map.of(), "PORTICO_INTERNAL_CLIENT_SECRET is not set");
    }

    @Test
    void eachSecretAtTheDemosValueIsNamed() throws Exception {
        for (String name : DEMO_SECRETS.keySet()) {
            Map<String, String> env = allSecretsSet();
            env.put(name, DEMO_SECRETS.get(name));
            assertRefused(env, name + " is the demo's value");
        }
    }

    @Test
    void aShortSecretIsNamed() throws Exception {
        Map<String, String> env = allSecretsSet();
        env.put("PORTICO_LEDGER_KEY", "short");
        assertRefused(env, "PORTICO_LEDGER_KEY is shorter than 16 characters");
    }

    @Test
    void demoDataAndTheDemosKeycloakAdministratorAreRefused() throws Exception {
        Map<String, String> env = allSecretsSet();
        env.put("PORTICO_DEMO_DATA", "true");
        assertRefused(env, "PORTICO_DEMO_DATA=true would load the demo's organisations and accounts");
        env = allSecretsSet();
        env.put("PORTICO_KEYCLOAK_ADMIN", "admin");
        assertRefused(env, "PORTICO_KEYCLOAK_ADMIN is 'admin'");
    }

    @Test
    void theFlagMeansTheSame() throws Exception {
        assertEquals("[portal] ERROR: production mode: PORTICO_INTERNAL_CLIENT_SECRET is not set; set it to a secret of your own"
                + " (e.g. $(openssl rand -base64 32))", run(Map.of(), "up", "--production").stderr());
    }

    private static Map<String, String> allSecretsSet() {
        Map<String, String> env = new LinkedHashMap<>();
        DEMO_SECRETS.keySet().forEach(name -> env.put(name, "a-secret-of-our-own-for-" + name));
        env.put("PORTICO_KEYCLOAK_ADMIN", "kc-operator");
        return env;
    }

    private static void assertRefused(Map<String, String> settings, String expected) throws Exception {
        Map<String, String> env = new LinkedHashMap<>(settings);
        env.put("PORTICO_MODE", "production");
        Outcome outcome = run(env, "up");
        assertEquals(1, outcome.exit(), outcome.toString());
        assertEquals("", outcome.stdout(), "nothing started, nothing said but the refusal");
        List<String> lines = outcome.stderr().lines().toList();
        assertEquals(1, lines.size(), "one line: " + outcome.stderr());
        assertTrue(lines.get(0).startsWith("[portal] ERROR: production mode: ") && lines.get(0).contains(expected), lines.get(0));
    }

    private record Outcome(int exit, String stdout, String stderr) {
    }

    /** ./portal with only {@code settings} of ours in its environment (none of the test stack's PORTICO_*). */
    private static Outcome run(Map<String, String> settings, String... arguments) throws Exception {
        Path home = Files.createTempDirectory("portico-production-");
        Path out = home.resolve("out");
        Path err = home.resolve("err");
        List<String> command = new java.util.ArrayList<>(List.of("./portal"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File(System.getProperty("portico.root")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTICO_"));
        builder.environment().putAll(settings);
        builder.environment().put("PORTICO_HOME", home.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the checks take no time");
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8).strip());
    }
}
