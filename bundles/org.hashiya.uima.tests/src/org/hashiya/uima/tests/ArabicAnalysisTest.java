package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.uima.cas.CAS;
import org.hashiya.uima.HashiyaTypeSystem;
import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.arabic.NormalizedText;
import org.hashiya.uima.arabic.Proclitics;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Segmentation and matching keys of Arabic news text, through the segmenter run in a real CAS. */
class ArabicAnalysisTest {

	private SuggestionPipeline pipeline;

	@BeforeEach
	void startThePipeline() throws IOException {
		pipeline = SuggestionPipeline.of(List.of());
	}

	@AfterEach
	void stopThePipeline() {
		pipeline.close();
	}

	@Test
	void tokensAreWordsNumbersAndSinglePunctuationMarks() throws IOException {
		String text = "قال «كيري» (وزير) لـ\"بي بي سي\"، إن 3.5% من ٢٠١٤/2015 كانت في Washington؟";

		assertEquals(List.of("قال", "«", "كيري", "»", "(", "وزير", ")", "لـ", "\"", "بي", "بي", "سي", "\"", "،", "إن", "3.5", "%", "من",
				"٢٠١٤", "/", "2015", "كانت", "في", "Washington", "؟"), tokens(text));
	}

	@Test
	void harakatAndTatweelStayInsideTheirWord() throws IOException {
		assertEquals(List.of("مُحَمَّد", "الـ", "24", "الجــيش"), tokens("مُحَمَّد الـ24 الجــيش"));
	}

	@Test
	void sentencesEndAtFullStopsQuestionMarksAndLineBreaksButNotInsideNumbersOrAbbreviations() throws IOException {
		String text = "ارتفع 3.5 في المئة. هل جاء؟ نعم\nصورة أ.ب الجديدة";
		AnalyzedText analyzed = pipeline.analyze(text);
		List<String> sentences = new ArrayList<>();
		CAS cas = pipeline.cas();
		cas.getAnnotationIndex(HashiyaTypeSystem.type(cas.getTypeSystem(), HashiyaTypeSystem.SENTENCE)).forEach(s -> sentences.add(s.getCoveredText()));

		assertEquals(List.of("ارتفع 3.5 في المئة.", "هل جاء؟", "نعم", "صورة أ.ب الجديدة"), sentences);
		assertEquals(analyzed.sentence(0), analyzed.sentence(analyzed.tokenAt(text.indexOf("المئة"))), "one sentence up to the full stop");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"أميركا, اميركا", "إيران, ايران", "آذار, اذار", "ٱلله, الله",
			"مُحَمَّدٌ, محمد", "الجــيش, الجيش",
			"مستشفى, مستشفي", "الدولة, الدوله",
			"أميرکا, اميركا", "ایران, ايران",
			"٢٠١٤, 2014", "۱۹۸۰, 1980", "CNN, cnn" })
	void theKeyUnifiesSpellingVariants(String written, String key) {
		assertEquals(key, NormalizedText.keyOf(written));
	}

	@Test
	void theKeyMapsBackToTheOriginalOffsets() {
		String text = "قال مُحَمَّد";
		NormalizedText normalized = NormalizedText.of(text, 4, text.length());

		assertEquals("محمد", normalized.key());
		assertEquals(4, normalized.begin(0));
		assertEquals(text.length(), normalized.end(4), "the end of the last letter");
		assertEquals("مُحَ", text.substring(normalized.begin(0), normalized.end(2)), "a match of the key's first two letters, with their harakat");
		assertEquals("مَّ", text.substring(normalized.begin(2), normalized.end(3)));
	}

	@ParameterizedTest(name = "{0}: stems {1}")
	@CsvSource({
			"واشنطن, واشنطن|اشنطن", "بالعراق, بالعراق|العراق", "ولإيران, ولايران|لايران|ايران",
			"للعراق, للعراق|العراق", "وللعراق, وللعراق|للعراق|العراق", "بغداد, بغداد|غداد", "من, من", "كي, كي" })
	void procliticReadingsOfferEveryStemAsAKey(String word, String stems) {
		List<String> keys = Proclitics.readings(word, 0, word.length()).stream().map(reading -> Proclitics.key(word, reading, word.length())).toList();

		assertEquals(List.of(stems.split("\\|")), keys);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "واشنطن", "ولإيران", "وللعراق", "وَلِلْعِرَاقِ", "فـبـغداد", "بالعراق", "من" })
	void theReadingsOfATokenHaveTheKeysOfTheirStems(String word) throws IOException {
		AnalyzedText analyzed = pipeline.analyze(word);
		List<String> expected = Proclitics.readings(word, 0, word.length()).stream().map(reading -> Proclitics.key(word, reading, word.length())).toList();

		assertEquals(expected, analyzed.readings(0).stream().map(AnalyzedText.Reading::key).toList());
		assertEquals(Proclitics.readings(word, 0, word.length()).stream().map(Proclitics.Reading::stemBegin).toList(),
				analyzed.readings(0).stream().map(AnalyzedText.Reading::stemBegin).toList());
	}

	@Test
	void theTokenStemBeginsAfterItsLongestProclitic() throws IOException {
		String text = "وللعراق";
		AnalyzedText analyzed = pipeline.analyze(text);

		assertEquals("لعراق", text.substring(analyzed.stemBegin(0), analyzed.end(0)), "the لل form keeps the article's ل");
	}

	private List<String> tokens(String text) throws IOException {
		AnalyzedText analyzed = pipeline.analyze(text);
		return IntStream.range(0, analyzed.tokenCount()).mapToObj(token -> text.substring(analyzed.begin(token), analyzed.end(token))).toList();
	}
}
