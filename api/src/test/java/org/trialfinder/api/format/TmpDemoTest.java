package org.trialfinder.api.format;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
class TmpDemoTest {
  @Test void demo() throws Exception {
    var s = SampleStudies.tracer().study();
    var s2 = SampleStudies.all().stream().filter(x -> x.json().has("resultsSection") && x.json().at("/documentSection").size()>0).findFirst().get().study();
    var ctx = FhirResearchStudyFormat.context();
    Files.writeString(Path.of("/tmp/fhirdemo/out.txt"),
      ctx.newJsonParser().setPrettyPrint(true).encodeResourceToString(FhirResearchStudyFormat.instance().toResearchStudy(s)) + "\n"
      + ctx.newJsonParser().setPrettyPrint(true).encodeResourceToString(FhirResearchStudyFormat.instance().toResearchStudy(s2)) + "\n"
      + RisFormat.all().render(s2) + "\n" + CsvFormat.all().render(java.util.List.of(s2)));
  }
}
