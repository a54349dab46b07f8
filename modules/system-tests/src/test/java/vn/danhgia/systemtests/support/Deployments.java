package vn.danhgia.systemtests.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy: always the real EAR built by the {@code ear} module. */
public final class Deployments {

    private static final ArchivePath APPLICATION_XML = ArchivePaths.create("META-INF/application.xml");

    private Deployments() {
    }

    /** The EAR exactly as built. */
    public static EnterpriseArchive realEar() {
        File ear = new File(System.getProperty("danhgia.ear", "../../ear/target/danhgia.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn install): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The real EAR plus a test WAR holding the given test classes, run inside the server. */
    public static EnterpriseArchive realEarWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = realEar();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "system-tests.war")
                .addClasses(testClasses)
                .addClass(TestWarAuthenticationMechanism.class)
                .addClass(TestData.class)
                .addClass(QuarterFixture.class)
                .addClass(TestServer.class)
                .addPackage(vn.danhgia.datagen.DemoDataset.class.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return withWar(ear, Testable.archiveToTest(tests), "/system-tests");
    }

    /**
     * The real EAR plus a WAR of test helpers (e.g. a servlet that prepares data through the modules' APIs) for
     * tests that run as a client ({@code @Deployment(testable = false)}). The WAR gets the test authentication
     * mechanism and a beans.xml.
     */
    public static EnterpriseArchive realEarWithHelpers(String contextRoot, Class<?>... helperClasses) {
        WebArchive helpers = ShrinkWrap.create(WebArchive.class, contextRoot.replace("/", "") + ".war")
                .addClasses(helperClasses)
                .addClass(TestWarAuthenticationMechanism.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return withWar(realEar(), helpers, contextRoot);
    }

    private static EnterpriseArchive withWar(EnterpriseArchive ear, WebArchive war, String contextRoot) {
        ear.addAsModule(war);
        String xml = read(ear);
        ear.delete(APPLICATION_XML);
        ear.setApplicationXML(new StringAsset(xml.replace("<library-directory>",
                "<module><web><web-uri>" + war.getName() + "</web-uri><context-root>" + contextRoot + "</context-root>"
                        + "</web></module>\n  <library-directory>")));
        return ear;
    }

    private static String read(EnterpriseArchive ear) {
        try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read application.xml of the EAR", e);
        }
    }
}
