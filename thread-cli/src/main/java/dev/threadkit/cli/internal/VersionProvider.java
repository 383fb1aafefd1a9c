package dev.threadkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints: the jar manifest's Implementation-Version, or else the
 * version the build wrote into {@code version.properties} (when running from classes, in tests).
 */
public final class VersionProvider implements IVersionProvider {

  /** Creates the provider; picocli calls this. */
  public VersionProvider() {}

  @Override
  public String[] getVersion() {
    return new String[] {"threadkit " + version(), "Java " + System.getProperty("java.version")
        + " (" + System.getProperty("java.vm.name") + ")"};
  }

  /**
   * Returns this build's version.
   *
   * @return for example {@code 0.1.0-SNAPSHOT}, or {@code unknown} if neither source has it
   */
  public static String version() {
    String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return fromManifest;
    }
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/threadkit/cli/version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return "unknown";
  }
}
