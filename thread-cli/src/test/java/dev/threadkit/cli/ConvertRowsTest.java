package dev.threadkit.cli;

import static dev.threadkit.cli.Cli.cli;
import static dev.threadkit.cli.Cli.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Convert with the row formats, which stream many dumps into one output, json, and the convokit corpus. */
class ConvertRowsTest {

  private static final String SEED = "clean/000_599c788b2f42df5e.txt";

  @TempDir
  Path temp;

  @Test
  void jsonlIsOneLinePerCommentWithTheDiscussionColumn() {
    Cli.Run run = cli().run("convert", path(SEED), "--to", "jsonl");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(7).allSatisfy(line -> assertThat(line)
        .startsWith("{\"discussion\":\"000_599c788b2f42df5e\",\"dialect\":\"topcor\",\"id\":\"").endsWith("}"));
    assertThat(run.outLines()[3])
        .startsWith("{\"discussion\":\"000_599c788b2f42df5e\",\"dialect\":\"topcor\",\"id\":\"3.1\",\"parent\":\"3\",")
        .contains(",\"kind\":\"comment\",\"status\":null,\"posted\":\"2020-12-09T18:10:00\",\"time_written\":null,")
        .contains(",\"unplaced\":\"\",\"attributes\":\"{}\",")
        .endsWith(",\"key\":\"000_599c788b2f42df5e/3.1\",\"parent_key\":\"000_599c788b2f42df5e/3\"}");
  }

  @Test
  void manyDumpsStreamIntoOneJsonlOutputInInputOrderWhateverTheThreads() throws IOException {
    Path folder = temp.resolve("dumps");
    Files.createDirectories(folder);
    for (int i = 9; i >= 0; i--) { // created out of order; read in path order
      Files.copy(Cli.fixture(i % 2 == 0 ? SEED : "deep-and-wide.txt"), folder.resolve("d" + i + ".txt"));
    }

    Cli.Run run = cli().run("convert", folder.toString(), "--to", "jsonl", "--jobs", "3");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(5 * 7 + 5 * 10);
    List<String> discussionsInOrder = Arrays.stream(run.outLines())
        .map(line -> line.substring("{\"discussion\":\"".length(), line.indexOf("\",")))
        .distinct()
        .toList();
    assertThat(discussionsInOrder).containsExactly("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9");
    assertThat(run.err()).startsWith("converted 10 dumps (85 comments) in ");
  }

  @Test
  void aDumpGivenTwiceIsConvertedOnce() {
    Cli.Run run = cli().run("convert", path(SEED), path(SEED), "--to", "jsonl");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(7);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines()[0]).startsWith("converted 1 dump (7 comments) in ");
  }

  @Test
  void aRowFormatRefusesAnOutputWrittenAsAFolder() {
    Path folder = temp.resolve("rows");

    Cli.Run run = cli().run("convert", path(SEED), "--to", "jsonl", "-o", folder + "/");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: jsonl writes one file, but -o " + folder
        + " is a folder: name a file");
    assertThat(folder).doesNotExist();
  }

  @Test
  void csvHasOneHeaderForManyDumpsAndGoesToTheFileNamed() throws IOException {
    Path out = temp.resolve("out/comments.csv");

    Cli.Run run = cli().run("convert", path(SEED), path("deep-and-wide.txt"), path("bad/binary-nul-bytes.txt"),
        "--to", "csv", "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("discussion,dialect,id,parent,depth,author,name,kind,status,posted,time_written,"
        + "posted_after,posted_before,text,unplaced,attributes,key,parent_key");
    assertThat(lines).filteredOn(line -> line.startsWith("discussion,")).hasSize(1);
    assertThat(lines).filteredOn(line -> line.startsWith("000_599c788b2f42df5e,")).hasSize(7);
    assertThat(lines).filteredOn(line -> line.startsWith("deep-and-wide,")).hasSize(10);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: " + path("bad/binary-nul-bytes.txt") + ": binary file (a NUL byte at offset 16), not a text dump");
  }

  @Test
  void aRowFormatNeedsAFileNotAFolder() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("out"));

    Cli.Run run = cli().run("convert", path(SEED), "--to", "csv", "-o", folder.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: csv writes one file, but -o " + folder
        + " is a folder: name a file");
  }

  @Test
  void convokitWritesOneCorpusDirectoryForAllDumps() throws IOException {
    Path corpus = temp.resolve("corpus");

    Cli.Run run = cli().run("convert", path("clean"), path("deep-and-wide.txt"), "--to", "convokit",
        "-o", corpus.toString());

    assertThat(run.status()).isZero();
    assertThat(ConvertCommandTest.filesOf(corpus)).contains("utterances.jsonl", "conversations.json", "speakers.json");
    // One utterance per comment, and one per article (each conversation's root).
    assertThat(Files.readAllLines(corpus.resolve("utterances.jsonl"))).hasSize(7 + 10 + 2);
    assertThat(run.err()).startsWith("converted 2 dumps (17 comments) in ");
  }

  @Test
  void convokitNeedsAnOutputDirectoryEvenForOneDump() {
    Cli.Run run = cli().run("convert", path(SEED), "--to", "convokit");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0]).isEqualTo("threadkit: error: convokit writes a corpus directory: give it with -o DIR");
  }

  @Test
  void jsonCarriesTheParsersDiagnostics() {
    Cli.Run run = cli().run("convert", path("one-error-one-warning.txt"), "--to", "json", "-q");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("\"id\": \"one-error-one-warning\"")
        .contains("\"diagnostics\"")
        .contains("\"code\": \"unknown-month\"")
        .contains("\"code\": \"ordinal-gap\"");
  }

  @Test
  void jsonForManyDumpsWritesOneFileEach() throws IOException {
    Path out = temp.resolve("json");

    Cli.Run run = cli().run("convert", path("clean"), path("deep-and-wide.txt"), "--to", "json", "-o", out.toString());

    assertThat(run.status()).isZero();
    assertThat(ConvertCommandTest.filesOf(out)).containsExactly("000_599c788b2f42df5e.json", "deep-and-wide.json");
    assertThat(Files.readString(out.resolve("deep-and-wide.json"))).contains("\"id\": \"deep-and-wide\"");
  }

  @Test
  void csvSafeDefusesFormulasAndOtherFormatsRefuseIt() throws IOException {
    Path dump = temp.resolve("formula.txt");
    Files.writeString(dump, "A title\n\n  1. mallory 9 December 2020 15: 35\n    =HYPERLINK(\"http://x.invalid\",\"click\")\n");

    Cli.Run exact = cli().run("convert", dump.toString(), "--to", "csv");
    Cli.Run safe = cli().run("convert", dump.toString(), "--to", "csv", "--csv-safe");
    Cli.Run wrong = cli().run("convert", dump.toString(), "--to", "jsonl", "--csv-safe");

    assertThat(exact.status()).isZero();
    assertThat(exact.out()).contains(",\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\",");
    assertThat(safe.status()).isZero();
    assertThat(safe.out()).contains(",\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\",");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.errLines()[0]).isEqualTo("threadkit: error: --csv-safe applies to --to csv only");
  }
}
