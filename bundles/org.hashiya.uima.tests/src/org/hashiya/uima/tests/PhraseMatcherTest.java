package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.hashiya.uima.suggest.gazetteer.PhraseMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

	private final SuggestionPipeline tokenizer;
	private final PhraseMatcher matcher = new PhraseMatcher();

	PhraseMatcherTest() throws IOException {
		tokenizer = SuggestionPipeline.of(List.of());
	}

	@AfterEach
	void close() {
		tokenizer.close();
	}

	@Test
	void theSpanStartsAfterTheProcliticsAndAtTheSecondLamOfLilForms() throws IOException {
		add("واشنطن", "LOC");
		add("العراق", "LOC");
		add("إيران", "LOC");

		assertEquals(List.of("واشنطن LOC", "العراق LOC", "لعراق LOC", "إيران LOC"),
				find("تجد طهران وواشنطن أرضية، وسفيرها بالعراق ولم تتلق المتاخمة للعراق دعوة ولإيران."));
	}

	@Test
	void lilBeforeANameThatStartsWithLamKeepsTheWholeName() throws IOException {
		add("لبنان", "LOC");

		assertEquals(List.of("لبنان LOC"), find("قدمت مساعدات للبنان."));
	}

	@Test
	void harakatTatweelAlefAndPersianLetterVariantsMatch() throws IOException {
		add("أميركا", "LOC");
		add("إيران", "LOC");

		assertEquals(List.of("اميركا LOC", "أمِيرِكا LOC", "أميـركا LOC", "أميرکا LOC", "ايران LOC", "إِيرَان LOC"),
				find("اميركا وأمِيرِكا وأميـركا وأميرکا، ايران وإِيرَان"));
	}

	@Test
	void theLongestPhraseWinsAndEachOfItsLabelsIsSuggested() throws IOException {
		add("الولايات المتحدة", "LOC");
		add("الولايات المتحدة الأميركية", "LOC");
		add("الجزيرة", "ORG");
		add("الجزيرة", "LOC");

		assertEquals(List.of("الولايات المتحدة الأميركية LOC", "الولايات المتحدة LOC", "الجزيرة ORG", "الجزيرة LOC"),
				find("زار الولايات المتحدة الأميركية ثم الولايات المتحدة مرة أخرى، وبثت الجزيرة"));
	}

	@Test
	void theWholeWordWinsUnlessAProcliticReadingStartsALongerPhrase() throws IOException {
		add("لبنان", "LOC");
		add("بنان", "PER");
		add("بنان الحاج", "PER");

		assertEquals(List.of("لبنان LOC", "بنان الحاج PER"), find("عاد إلى لبنان وقال لبنان الحاج إنه"));
	}

	@Test
	void aPhraseDoesNotRunAcrossASentenceEnd() throws IOException {
		add("الشرق الأوسط", "LOC");

		assertEquals(List.of("الشرق الأوسط LOC"), find("الشرق\nالأوسط في الشرق الأوسط"));
	}

	@Test
	void offsetsAreThoseOfTheText() throws IOException {
		add("فرنسا", "LOC");
		String text = "قال إن وفرنسا";

		List<LabeledSpan> found = matcher.find(tokenizer.analyze(text), "test");

		assertEquals(List.of(LabeledSpan.suggested(text.length() - 5, text.length(), "LOC", 1.0, "test")), found);
	}

	@Test
	void theKeysOfASpanStartFromTheReadingAtItsBegin() throws IOException {
		String text = "المتاخمة للعراق دعوة";
		AnalyzedText analyzed = tokenizer.analyze(text);
		int lam = text.indexOf("لعراق");

		assertEquals(Optional.of(List.of("العراق")), PhraseMatcher.keys(analyzed, lam, lam + 5));
		assertEquals(Optional.of(List.of("للعراق", "دعوه")), PhraseMatcher.keys(analyzed, lam - 1, text.length()));
		assertEquals(Optional.empty(), PhraseMatcher.keys(analyzed, lam + 1, lam + 5), "not the start of a reading");
		assertEquals(Optional.empty(), PhraseMatcher.keys(analyzed, lam, lam + 3), "not the end of a token");
	}

	private void add(String phrase, String label) throws IOException {
		AnalyzedText analyzed = tokenizer.analyze(phrase);
		matcher.add(IntStream.range(0, analyzed.tokenCount()).mapToObj(analyzed::key).toList(), label, 1.0);
	}

	/** @return "covered label" of each match, in text order */
	private List<String> find(String text) throws IOException {
		return matcher.find(tokenizer.analyze(text), "test").stream().map(span -> text.substring(span.begin(), span.end()) + " " + span.label())
				.toList();
	}
}
