package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hashiya.core.editing.Range;
import org.hashiya.core.editing.SpanSnapping;
import org.hashiya.core.io.TextFiles;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanSnappingTest {

	/** Another article of the project: its words tell which first letters are proclitics. */
	private static final String OTHER_ARTICLE = "وصل الوفد إلى واشنطن وكندا وفرنسا وبريطانيا، ثم زار بغداد.";

	@TempDir
	Path articles;

	@TempDir
	Path gold;

	@Test
	void wordsOfAnotherArticleTellAProcliticFromAFirstLetter() {
		String text = "قال إنه زار وسوريا أمس";
		int begin = text.indexOf("وسوريا");
		SpanSnapping alone = SpanSnapping.forTexts(List.of(text));

		SpanSnapping withAnother = alone.withWordsOf("سوريا دولة");

		assertEquals(new Range(begin, begin + "وسوريا".length()), alone.snap(text, begin, begin + 1), "no article shows سوريا on its own");
		assertEquals(new Range(begin + 1, begin + "وسوريا".length()), withAnother.snap(text, begin, begin + 1));
		assertEquals(new Range(begin, begin + "وسوريا".length()), alone.snap(text, begin, begin + 1), "the first snapping is unchanged");
	}

	@Test
	void aConjunctionBeforeANameTheProjectUsesAloneIsDropped() {
		assertEquals("واشنطن", snapped("اتفقت طهران وواشنطن على ذلك", "وواشنطن"));
	}

	@Test
	void aPrepositionBeforeTheArticleIsDropped() {
		assertEquals("العراق", snapped("تقاتل بالعراق منذ سنة", "بالعراق"));
	}

	@Test
	void aPrepositionBeforeAnAlifWithHamzaIsDropped() {
		assertEquals("إيران", snapped("قدمت الدعم لإيران أمس", "لإيران"));
	}

	@Test
	void aConjunctionWithAPrepositionIsDroppedAsAPair() {
		assertEquals("إيران", snapped("ولإيران دور في المنطقة", "ولإيران"));
		assertEquals("لعراق", snapped("وللعراق دور في المنطقة", "وللعراق"));
	}

	@Test
	void theLamLamFormStartsAtTheSecondLam() {
		String text = "رسالة للولايات المتحدة، للعراق، للمالكي، للبنتاغون، للاتحاد الأوروبي";

		assertEquals("لولايات المتحدة", snapped(text, "للولايات المتحدة"));
		assertEquals("لعراق", snapped(text, "للعراق"));
		assertEquals("لمالكي", snapped(text, "للمالكي"));
		assertEquals("لبنتاغون", snapped(text, "للبنتاغون"));
		assertEquals("لاتحاد الأوروبي", snapped(text, "للاتحاد الأوروبي"));
	}

	@Test
	void aNameWhoseFirstLetterOnlyLooksLikeAProcliticKeepsIt() {
		String text = "نقلت صحيفة وول ستريت جورنال من بغداد أن بريطانيا، كندا، فرنسا وبيرو التقت في ليما";

		assertEquals("وول ستريت جورنال", snapped(text, "وول ستريت جورنال"));
		assertEquals("بغداد", snapped(text, "بغداد"));
		assertEquals("بريطانيا", snapped(text, "بريطانيا"));
		assertEquals("كندا", snapped(text, "كندا"));
		assertEquals("فرنسا", snapped(text, "فرنسا"));
		assertEquals("ليما", snapped(text, "ليما"));
	}

	@Test
	void aConjunctionBeforeAVerbOrNounPrefixIsDroppedEvenFromANameSeenNowhereElse() {
		assertEquals("تركيا", snapped("زار إيطاليا وتركيا، ثم عاد", "وتركيا،"));
	}

	@Test
	void aWordTheProjectShowsAfterAProcliticKeepsItsFirstLetter() {
		String text = "تسير وتيرة المفاوضات ببطء بعدما سارت بوتيرة أسرع";

		assertEquals("وتيرة", snapped(text, "وتيرة"));
	}

	@Test
	void aVowelledProcliticIsDroppedWithItsVowel() {
		assertEquals("إِيرانَ", snapped("زار وَإِيرانَ", "وَإِيرانَ"));
	}

	@Test
	void surroundingQuotesAndParenthesesAreExcluded() {
		String text = "خاص بـ «الشرق الأوسط» في مارس (آذار) الماضي، قال \"الدولة\" هنا";

		assertEquals("الشرق الأوسط", snapped(text, "«الشرق الأوسط»"));
		assertEquals("آذار", snapped(text, "(آذار)"));
		assertEquals("الدولة", snapped(text, " \"الدولة\" "));
	}

	@Test
	void punctuationInsideTheSpanStays() {
		String text = "منذ نيسان/ إبريل 1980، وفي مارس (آذار) الماضي";

		assertEquals("نيسان/ إبريل 1980", snapped(text, "نيسان/ إبريل 1980،"));
		assertEquals("مارس (آذار) الماضي", snapped(text, "مارس (آذار) الماضي"));
	}

	@Test
	void aSelectionInsideAWordCoversTheWholeWord() {
		String text = "وصل كيري إلى واشنطن اليوم";

		assertEquals("واشنطن", snapped(text, "شنط"));
		assertEquals("كيري إلى واشنطن", snapped(text, "يري إلى واش"));
	}

	@Test
	void aSelectionEndingAtPunctuationEndsAtTheWord() {
		assertEquals("طهران", snapped("ردت طهران، ثم بغداد.", "طهران، "));
		assertEquals("بغداد", snapped("ردت طهران، ثم بغداد.", "بغداد."));
	}

	@Test
	void latinLettersAndDigitsInsideArabicTextAreWords() {
		String text = "قالت BBC إن ذلك حدث في أواخر 2001، بحسب المصدر";

		assertEquals("BBC", snapped(text, "B"));
		assertEquals("2001", snapped(text, "00"));
		assertEquals("أواخر 2001", snapped(text, " أواخر 2001، "));
	}

	@Test
	void aSelectionWithoutLettersOrDigitsSnapsToTheEmptyRangeAtItsBegin() {
		String text = "طهران، «بغداد»";
		SpanSnapping snapping = SpanSnapping.forTexts(List.of(text));

		assertEquals(new Range(5, 5), snapping.snap(text, 5, 8));
		assertTrue(snapping.snap(text, 2, 2).isEmpty(), "an empty selection stays empty");
	}

	@Test
	void offsetsOutsideTheTextAreRefusedNamingTheOffsetsAndTheLength() {
		SpanSnapping snapping = SpanSnapping.forTexts(List.of());

		IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class, () -> snapping.snap("بغداد", 2, 9));
		assertThrows(IllegalArgumentException.class, () -> snapping.snap("بغداد", -1, 3));
		assertThrows(IllegalArgumentException.class, () -> snapping.snap("بغداد", 4, 3));

		assertTrue(beyond.getMessage().contains("[2, 9)") && beyond.getMessage().contains("length 5"), beyond.getMessage());
	}

	/**
	 * Selects the whole whitespace-separated tokens that each gold span touches, as an annotator
	 * dragging over words would, and counts how often snapping gives exactly the gold span.
	 */
	@Test
	void snappingWholeTokensReproducesTheGoldSpansOfTheSampleCorpus() throws IOException {
		SampleCorpus.copyArticlesTo(articles);
		SampleCorpus.copyGoldSpansTo(gold);
		Map<String, String> texts = new LinkedHashMap<>();
		for (String id : SampleCorpus.articleIds()) {
			texts.put(id, TextFiles.readUtf8(articles.resolve(id + ".txt")));
		}
		SpanSnapping snapping = SpanSnapping.forTexts(texts.values());

		int spans = 0;
		List<String> misses = new ArrayList<>();
		for (Map.Entry<String, String> article : texts.entrySet()) {
			String text = article.getValue();
			List<String> lines = Files.readAllLines(gold.resolve(article.getKey() + ".spans.tsv"));
			for (String line : lines.subList(1, lines.size())) {
				String[] columns = line.split("\t");
				int begin = Integer.parseInt(columns[0]);
				int end = Integer.parseInt(columns[1]);
				int tokensBegin = begin;
				while (tokensBegin > 0 && !isSpace(text.charAt(tokensBegin - 1))) {
					tokensBegin--;
				}
				int tokensEnd = end;
				while (tokensEnd < text.length() && !isSpace(text.charAt(tokensEnd))) {
					tokensEnd++;
				}
				Range snapped = snapping.snap(text, tokensBegin, tokensEnd);
				spans++;
				if (snapped.begin() != begin || snapped.end() != end) {
					misses.add(String.format("%s: «%s» snapped to «%s», gold «%s»", article.getKey(),
							text.substring(tokensBegin, tokensEnd), text.substring(snapped.begin(), snapped.end()), columns[3]));
				}
			}
		}

		int matches = spans - misses.size();
		System.out.printf("Snapping reproduces %d of %d gold spans (%.2f%%)%n", matches, spans, 100.0 * matches / spans);
		misses.stream().limit(20).forEach(miss -> System.out.println("  miss " + miss));
		assertTrue(spans > 0, "the sample corpus has gold spans");
		assertTrue(100 * matches >= 99 * spans, matches + " of " + spans + " gold spans reproduced: " + misses);
	}

	/** Article 001 separates some words with no-break spaces. */
	private static boolean isSpace(char character) {
		return Character.isWhitespace(character) || Character.isSpaceChar(character);
	}

	/** Snaps the first {@code selected} in {@code text}, in a project of {@code text} and {@link #OTHER_ARTICLE}. */
	private static String snapped(String text, String selected) {
		int begin = text.indexOf(selected);
		assertTrue(begin >= 0, selected + " is not in the text");
		Range range = SpanSnapping.forTexts(List.of(text, OTHER_ARTICLE)).snap(text, begin, begin + selected.length());
		return text.substring(range.begin(), range.end());
	}
}
