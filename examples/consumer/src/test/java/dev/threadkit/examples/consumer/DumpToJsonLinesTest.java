package dev.threadkit.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpToJsonLinesTest {

  @Test
  void theSeedBecomesOneJsonLinePerComment() throws Exception {
    String jsonl = DumpToJsonLines.convert(Path.of(System.getProperty("seed")));

    List<String> lines = jsonl.lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{\"discussion\":\"000_599c788b2f42df5e\","));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("\"id\":\"3.1\"", "\"parent\":\"3\"", "\"author\":\"Vladimir Tuzakov\""));
  }

  @Test
  void runsOnThePathThisBuildChose() {
    // The module-path run has the consumer as a named module reading threadkit's named
    // modules; the class-path run has everything in the unnamed module.
    boolean modulePath = "module".equals(System.getProperty("consumer.path"));
    Module consumer = DumpToJsonLines.class.getModule();
    Module parser = dev.threadkit.parser.DumpParser.class.getModule();

    assertThat(consumer.isNamed()).isEqualTo(modulePath);
    assertThat(parser.isNamed()).isEqualTo(modulePath);
    if (modulePath) {
      assertThat(consumer.getName()).isEqualTo("dev.threadkit.examples.consumer");
      assertThat(parser.getName()).isEqualTo("dev.threadkit.parser");
      assertThat(consumer.canRead(parser)).isTrue();
    }
  }
}
