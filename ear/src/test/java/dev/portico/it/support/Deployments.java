package dev.portico.it.support;

import java.io.File;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR exactly as {@code mvn package} built it, optionally with a WAR of in-container tests;
 * every test deployment but the bare one also carries the named {@link Fixtures}.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive portico() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portico.ear")));
    }

    /**
     * The EAR with the named {@link Fixtures} reachable over HTTP at {@code /portico-fixtures/},
     * for black-box tests that plant their own data through {@link RemoteFixtures}.
     */
    public static EnterpriseArchive porticoWithFixtures() {
        return portico().addAsModule(helpers()).addAsModule(fixturesWar());
    }

    private static WebArchive fixturesWar() {
        return ShrinkWrap.create(WebArchive.class, "portico-fixtures.war")
                .addClass(FixturesServlet.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /**
     * Adds the test class in a WAR and test helper EJBs in a JAR of their own: EJBs inside the
     * test WAR would tie its class loader to the EAR's OIDC security domain, which WildFly
     * refuses for a WAR that is not itself secured by OIDC (ELY01148).
     */
    public static EnterpriseArchive porticoWithTests(Class<?> testClass, Class<?>... helperBeans) {
        return porticoWithTests(testClass, List.of(), helperBeans);
    }

    /**
     * As above, with the JARs that hold {@code libraries} in the test WAR: readers that only the
     * tests need (PDFBox, to open an exported PDF inside the server), taken from the test class path.
     */
    public static EnterpriseArchive porticoWithTests(Class<?> testClass, List<Class<?>> libraries, Class<?>... helperBeans) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "portico-tests.war")
                .addClass(testClass)
                // beside the PDF reader it calls: the helper JAR's class loader does not see the WAR's libraries
                .addClass(Pdfs.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        libraries.forEach(library -> tests.addAsLibrary(jarOf(library)));
        return portico().addAsModule(helpers(helperBeans)).addAsModule(fixturesWar()).addAsModule(Testable.archiveToTest(tests));
    }

    /** The helper EJBs asked for, and always the {@link Fixtures} with the identities they plant as. */
    private static JavaArchive helpers(Class<?>... helperBeans) {
        Set<Class<?>> beans = new LinkedHashSet<>(List.of(Fixtures.class, RunAsSalesRep.class, RunAsSalesManager.class, RunAsServiceAgent.class));
        beans.addAll(List.of(helperBeans));
        return ShrinkWrap.create(JavaArchive.class, "portico-test-helpers.jar")
                .addClasses(beans.toArray(Class<?>[]::new))
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no JAR for " + type, e);
        }
    }
}
