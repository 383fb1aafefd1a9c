package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Convert with a document format (dump): output placement, bad inputs, strict mode, output errors. */
class ConvertCommandTest {

  private static final String SEED = "clean/000_599c788b2f42df5e.txt";

  @TempDir
  Path temp;

  @Test
  void oneFileGoesToStandardOutput() throws IOException {
    Cli.Run run = cli().run("convert", path(SEED), "--to", "dump");

    assertThat(run.status()).isZero();
    // The dump format writes a discussion back as the text it was read from.
    assertThat(run.out()).isEqualTo(Files.readString(Cli.fixture(SEED)));
    assertThat(run.err()).startsWith("converted 1 dump (7 comments) in ");
  }

  @Test
  void standardInputGoesToStandardOutput() throws IOException {
    byte[] seed = Files.readAllBytes(Cli.fixture(SEED));

    Cli.Run run = cli().stdin(seed).run("convert", "-", "--to", "dump");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(new String(seed, StandardCharsets.UTF_8));
  }

  @Test
  void oneFileWithOutputGoesToThatFile() throws IOException {
    Path out = temp.resolve("new/dir/seed-copy.txt");

    Cli.Run run = cli().run("convert", path(SEED), "--to", "dump", "-o", out.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(out).hasSameTextualContentAs(Cli.fixture(SEED));
  }

  @Test
  void oneFileIntoAnExistingFolderIsNamedByItsId() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("out"));

    Cli.Run run = cli().run("convert", path(SEED), "--to", "dump", "-o", folder.toString());

    assertThat(run.status()).isZero();
    assertThat(folder.resolve("000_599c788b2f42df5e.txt")).hasSameTextualContentAs(Cli.fixture(SEED));
  }

  @Test
  void oneFileIntoANewFolderWrittenWithATrailingSlashIsNamedByItsId() throws IOException {
    Path folder = temp.resolve("nd");

    Cli.Run run = cli().run("convert", path(SEED), "--to", "dump", "-o", folder + "/");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(folder).isDirectory();
    assertThat(folder.resolve("000_599c788b2f42df5e.txt")).hasSameTextualContentAs(Cli.fixture(SEED));
  }

  @Test
  void standardInputIntoANewFolderWrittenWithATrailingSlashIsNamedStdin() throws IOException {
    Path folder = temp.resolve("nd");

    Cli.Run run = cli().stdin(Files.readAllBytes(Cli.fixture(SEED))).run("convert", "-", "--to", "dump", "-o", folder + "/");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(folder.resolve("stdin.txt")).hasSameTextualContentAs(Cli.fixture(SEED));
  }

  @Test
  void manyDumpsInADocumentFormatWriteOneFileEachAndReportTheBadOnes() throws IOException {
    Path out = temp.resolve("out");
    String missing = temp.resolve("dumps/x.txt").toString();

    Cli.Run run = cli().run("convert", path("clean"), missing, path("deep-and-wide.txt"), path("bad/binary-nul-bytes.txt"),
        "--to", "dump", "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(files(out)).containsExactly("000_599c788b2f42df5e.txt", "deep-and-wide.txt");
    assertThat(out.resolve("000_599c788b2f42df5e.txt")).hasSameTextualContentAs(Cli.fixture(SEED));
    assertThat(run.errLines()).containsExactly(
        "threadkit: error: " + missing + ": no such file",
        "threadkit: error: " + path("bad/binary-nul-bytes.txt") + ": binary file (a NUL byte at offset 16), not a text dump",
        run.errLines()[2]);
    assertThat(run.errLines()[2]).startsWith("converted 2 dumps (17 comments) in ").endsWith(" s, 2 failed");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void manyDumpsInADocumentFormatNeedAnOutputFolder() {
    Cli.Run run = cli().run("convert", path("clean"), "--to", "dump");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: dump writes one file per dump: give the folder for them with -o DIR");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDumpIsNeverWrittenOverItself() throws IOException {
    Path dumps = Files.createDirectory(temp.resolve("dumps"));
    Path dump = Files.copy(Cli.fixture("one-error-one-warning.txt"), dumps.resolve("d.txt"));
    byte[] before = Files.readAllBytes(dump);

    Cli.Run intoItsFolder = cli().run("convert", dumps.toString(), "--to", "dump", "-o", dumps.toString());
    Cli.Run ontoItself = cli().run("convert", dump.toString(), "--to", "dump", "-o", dump.toString());

    assertThat(intoItsFolder.status()).isEqualTo(2);
    assertThat(intoItsFolder.err()).contains(dump + ": not converted: it would overwrite itself");
    assertThat(ontoItself.status()).isEqualTo(2);
    assertThat(ontoItself.err()).contains("is one of the inputs; it would be overwritten");
    assertThat(Files.readAllBytes(dump)).isEqualTo(before);
  }

  @Test
  void unknownFormatListsTheFormats() {
    Cli.Run run = cli().run("convert", path(SEED), "--to", "yaml");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: unknown format 'yaml'; the formats are ").contains("dump");
  }

  @Test
  void formatIsRequired() {
    Cli.Run run = cli().run("convert", path(SEED));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: Missing required option: '--to=FORMAT'");
  }

  @Test
  void lenientConvertWritesTheDumpAndItsDiagnosticsOnStderr() {
    String dump = path("one-error-one-warning.txt");

    Cli.Run run = cli().run("convert", dump, "--to", "dump");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("A short article title\n");
    assertThat(run.errLines()[0]).startsWith(dump + ":7:14: error unknown-month ");
    assertThat(run.errLines()[1]).startsWith(dump + ":9:3: warning ordinal-gap ");
    assertThat(run.errLines()[2]).startsWith("converted 1 dump (3 comments) in ");
  }

  @Test
  void strictConvertRejectsTheDumpWithItsDiagnosticsAndConvertsTheRest() throws IOException {
    String bad = path("one-error-one-warning.txt");
    Path out = temp.resolve("out");

    Cli.Run run = cli().run("convert", "--strict", bad, path(SEED), "--to", "dump", "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(files(out)).containsExactly("000_599c788b2f42df5e.txt");
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + bad + ": rejected (2 problems)");
    assertThat(run.errLines()[1]).startsWith(bad + ":7:14: error unknown-month ");
    assertThat(run.errLines()[2]).startsWith(bad + ":9:3: warning ordinal-gap ");
    assertThat(run.errLines()[3]).startsWith("converted 1 dump (7 comments) in ").endsWith(", 1 failed");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void anOutputThatCannotBeWrittenIsOneLine() throws IOException {
    Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
    Path out = file.resolve("sub/seed.txt");

    Cli.Run run = cli().run("convert", path(SEED), "--to", "dump", "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: cannot write " + out + ": ");
  }

  @Test
  void oneDocumentThatCannotBeWrittenFailsThatInputOnlyAndTheOthersAreConverted() throws IOException {
    Path dumps = Files.createDirectory(temp.resolve("dumps"));
    for (String name : new String[] {"a.txt", "b.txt", "c.txt"}) {
      Files.copy(Cli.fixture(SEED), dumps.resolve(name));
    }
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.createDirectory(out.resolve("b.txt")); // b's document cannot be a file there

    Cli.Run run = cli().run("convert", dumps.toString(), "--to", "dump", "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(out.resolve("a.txt")).hasSameTextualContentAs(Cli.fixture(SEED));
    assertThat(out.resolve("c.txt")).hasSameTextualContentAs(Cli.fixture(SEED));
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines()[0]).startsWith("threadkit: error: " + dumps.resolve("b.txt") + ": not converted: cannot write "
        + out.resolve("b.txt") + ": ").containsOnlyOnce(out.resolve("b.txt").toString());
    assertThat(run.errLines()[1]).startsWith("converted 2 dumps (14 comments) in ").endsWith(", 1 failed");
  }

  @Test
  void aDumpWhoseIdIsTooLongForAFileNameIsWrittenUnderAShortenedName() throws IOException {
    Path dumps = Files.createDirectory(temp.resolve("dumps"));
    String id = "д".repeat(124); // 248 bytes; with .graphml, 256: past what file systems allow
    Files.copy(Cli.fixture(SEED), dumps.resolve(id + ".txt"));
    Files.copy(Cli.fixture(SEED), dumps.resolve("short.txt"));
    Path out = temp.resolve("out");

    Cli.Run run = cli().run("convert", dumps.toString(), "--to", "graphml", "-o", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(files(out)).hasSize(2).contains("short.graphml")
        .anySatisfy(name -> assertThat(name).startsWith("дддд").matches("д+~[0-9a-f]{10}\\.graphml"));
  }

  @Test
  void aFileWhereAnOutputFolderShouldBeIsAUsageError() throws IOException {
    Path file = Files.writeString(temp.resolve("a-file"), "not a folder");

    Cli.Run run = cli().run("convert", path("clean"), "--to", "dump", "-o", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: dump writes one file per dump, but -o " + file
        + " is a file: name a folder");
    assertThat(file).hasContent("not a folder");
  }

  static Stream<String> filesOf(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static java.util.List<String> files(Path folder) throws IOException {
    return filesOf(folder).toList();
  }
}
