package dev.threadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's own set-up, where a wrong value shows only on some machines: by default the
 * Javadoc plugin links each module to its siblings' {@code target/reports/apidocs}, which exist
 * only if those modules' Javadoc ran first, so a build racing another printed
 * {@code [ERROR] Error fetching link}. The root pom turns that off.
 */
class BuildConfigurationTest {

  private static final Path ROOT_POM = Path.of("").toAbsolutePath().getParent().resolve("pom.xml");

  @Test
  void javadocNeverLinksToASiblingModulesApidocs() throws IOException {
    String pom = Files.readString(ROOT_POM);

    assertThat(pom).contains("<detectOfflineLinks>false</detectOfflineLinks>").contains("<detectLinks>false</detectLinks>")
        .doesNotContain("<offlineLinks>").doesNotContain("<links>");
  }
}
