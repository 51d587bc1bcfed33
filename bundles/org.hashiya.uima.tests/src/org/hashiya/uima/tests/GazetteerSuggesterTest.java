package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.hashiya.uima.suggest.gazetteer.GazetteerSuggesterProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerSuggesterTest {

	private static final List<String> LABELS = List.of("PER", "ORG", "LOC", "DATE");

	@TempDir
	Path gazetteers;

	private final SuggestionPipeline tokenizer;

	GazetteerSuggesterTest() throws IOException {
		tokenizer = SuggestionPipeline.of(List.of());
	}

	@AfterEach
	void close() {
		tokenizer.close();
	}

	@Test
	void theShippedRegionNamesAreFoundAsLocations() throws IOException {
		Suggester suggester = new GazetteerSuggesterProvider().create(SuggestionContext.of(LABELS, List.of()));
		String text = "ووصل الوفد إلى سوريا وفرنسا بعد جولة في أمريكا اللاتينية وفلسطين، ثم زار ميانمار.";

		assertEquals(List.of(at(text, "سوريا", "LOC", 0.7), at(text, "فرنسا", "LOC", 0.7), at(text, "أمريكا اللاتينية", "LOC", 0.7),
				at(text, "فلسطين", "LOC", 0.7), at(text, "ميانمار", "LOC", 0.7)), suggest(suggester, text));
	}

	@Test
	void unionsAndOrganisationsAmongTheRegionsAreNotLocations() throws IOException {
		Suggester suggester = new GazetteerSuggesterProvider().create(SuggestionContext.of(LABELS, List.of()));

		assertEquals(List.of(), suggest(suggester, "وقرر الاتحاد الأوروبي والأمم المتحدة"));
	}

	@Test
	void withoutALocLabelNoRegionNamesAreSuggested() throws IOException {
		Suggester suggester = new GazetteerSuggesterProvider().create(SuggestionContext.of(List.of("PER", "ORG"), List.of()));

		assertEquals(List.of(), suggest(suggester, "زار فرنسا"));
	}

	@Test
	void theProjectsGazetteerFilesAddNamesUnderTheirLabel() throws IOException {
		Files.writeString(gazetteers.resolve("ORG.txt"), "# وزارات\n\nوزارة الخارجية الأميركية\n  راديو سوا  \n");
		Files.writeString(gazetteers.resolve("LOC.txt"), "\uFEFFسورية\r\n");
		Files.writeString(gazetteers.resolve("EVENT.txt"), "مؤتمر باريس\n");
		Suggester suggester = new GazetteerSuggesterProvider()
				.create(new SuggestionContext(LABELS, List.of(), Optional.of(gazetteers), () -> false));
		String text = "وقالت وزارة الخارجية الأميركية لراديو سوا إن سورية وفرنسا حضرتا مؤتمر باريس.";

		assertEquals(List.of(at(text, "وزارة الخارجية الأميركية", "ORG", 0.9), at(text, "راديو سوا", "ORG", 0.9), at(text, "سورية", "LOC", 0.9),
				at(text, "فرنسا", "LOC", 0.7)), suggest(suggester, text));
	}

	@Test
	void aGazetteerFileThatIsNotUtf8IsReportedWithItsNameAndLine() throws IOException {
		Path file = gazetteers.resolve("PER.txt");
		Files.write(file, concat("# أسماء\nجون كيري\n".getBytes(StandardCharsets.UTF_8), "Fran\u00e7ois\n".getBytes(StandardCharsets.ISO_8859_1)));

		IOException error = assertThrows(IOException.class,
				() -> new GazetteerSuggesterProvider().create(new SuggestionContext(LABELS, List.of(), Optional.of(gazetteers), () -> false)));

		assertTrue(error.getMessage().contains(file + " line 3"), error.getMessage());
	}

	private List<LabeledSpan> suggest(Suggester suggester, String text) throws IOException {
		return suggester.suggest(tokenizer.analyze(text));
	}

	private static LabeledSpan at(String text, String covered, String label, double score) {
		int begin = text.indexOf(covered);
		assertTrue(begin >= 0, covered);
		return LabeledSpan.suggested(begin, begin + covered.length(), label, score, GazetteerSuggesterProvider.SOURCE);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
