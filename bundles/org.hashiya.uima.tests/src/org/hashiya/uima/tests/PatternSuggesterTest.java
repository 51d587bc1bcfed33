package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.SuggestionPipeline;
import org.hashiya.uima.suggest.pattern.PatternSuggesterProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Dates, percentages and numbers the pattern suggester finds in Arabic sentences and in the sample articles. */
class PatternSuggesterTest {

	private static final List<String> DEFAULT_LABELS = List.of("PER", "ORG", "LOC", "DATE");
	private static final List<String> NUMBER_LABELS = List.of("DATE", "PERCENT", "NUMBER");
	private static final String DATE = "DATE";

	@TestFactory
	Stream<DynamicTest> datesWithTheWordsAttachedToThem() {
		return Stream.of(
				example("كان التعاون وثيقا حول أفغانستان في أواخر 2001، عندما تعاون الجانبان.", "DATE:أواخر 2001"),
				example("لا علاقات دبلوماسية بينهما منذ نيسان/ إبريل 1980.", "DATE:نيسان/ إبريل 1980"),
				example("بلغ الخلاف ذروته في آب/ أغسطس 2014 بعد الهجوم.", "DATE:آب/ أغسطس 2014"),
				example("تولى بوريتش منصبه في مارس (آذار) الماضي.", "DATE:مارس (آذار) الماضي"),
				example("الموعد المحدد لذلك هو الـ24 من الشهر الجاري.", "DATE:الـ24 من الشهر الجاري"),
				example("وصل الوفد إلى فيينا في 24 مارس بعد تأخير.", "DATE:24 مارس"),
				example("صدر البيان الخميس 24 مارس 2022 في جنيف.", "DATE:الخميس 24 مارس 2022"),
				example("قادت واشنطن اجتياح العراق العام 2003، ثم انسحبت.", "DATE:العام 2003"),
				example("تولى أوباما الحكم في عام 2009.", "DATE:عام 2009"),
				example("ستجرى الانتخابات مطلع 2015 أو منتصف أيار المقبل.", "DATE:مطلع 2015", "DATE:منتصف أيار المقبل"),
				example("اندلعت الحرب في تشرين الأول 1973 وانتهت في كانون الثاني الماضي.", "DATE:تشرين الأول 1973", "DATE:كانون الثاني الماضي"),
				example("يبدأ شهر رمضان هذا العام في 18 حزيران.", "DATE:شهر رمضان", "DATE:18 حزيران"),
				example("يحج المسلمون في شهر ذي الحجة، وولد في 12 رجب 1435.", "DATE:شهر ذي الحجة", "DATE:12 رجب 1435"),
				example("صرح هاموند اليوم الاثنين في باريس بأنه متفائل.", "DATE:اليوم الاثنين"),
				example("اجتمع المسؤولون يومي الخميس والجمعة في جنيف.", "DATE:الخميس", "DATE:الجمعة"),
				example("يتوجه الوزير إلى ليما يوم الأربعاء المقبل.", "DATE:يوم الأربعاء المقبل"));
	}

	@TestFactory
	Stream<DynamicTest> spansStartAfterProclitics() {
		return Stream.of(
				example("وفي 2001 تغير كل شيء.", "DATE:2001"),
				example("عقد الاجتماع الأربعاء والخميس في فيينا.", "DATE:الأربعاء", "DATE:الخميس"),
				example("أيدت واشنطن اتفاق السلام لعام 2016 في كولومبيا.", "DATE:عام 2016"),
				example("قدم الخطة للعام 2020 أمام البرلمان.", "DATE:لعام 2020"),
				example("وقع الاتفاق عام ٢٠٠٩ في القاهرة.", "DATE:عام ٢٠٠٩"));
	}

	@TestFactory
	Stream<DynamicTest> noDateWithoutACalendarTerm() {
		return Stream.of(
				example("قتل 26 شخصا في الهجوم."),
				example("وصل الوزير اليوم إلى بغداد."),
				example("وصل الوزير أمس إلى بغداد، وغادر العام الماضي."),
				example("مارس الوزير ضغوطا على الحكومة."),
				example("حصل المرشح على صفر من الأصوات."),
				example("قال رجب طيب أردوغان إن بلاده لن تتدخل."),
				example("بلغ طول الحدود 1500 كيلومتر."),
				example("زار الوفد القاهرة في يناير\n2014 عام صعب", "DATE:يناير"));
	}

	@TestFactory
	Stream<DynamicTest> percentagesAndNumbersOnlyForProjectsWithThoseLabels() {
		String sentence = "ارتفعت الأسعار 25% في 2014 و٣٫٥٪ بعدها، وبلغت البطالة 12 في المئة، وقتل 26 شخصا، وخسر 3 ملايين.";
		return Stream.of(
				example(NUMBER_LABELS, sentence, "PERCENT:25%", "DATE:2014", "PERCENT:٣٫٥٪", "PERCENT:12 في المئة", "NUMBER:26",
						"NUMBER:3 ملايين"),
				example(List.of("NUMBER"), sentence, "NUMBER:25", "NUMBER:2014", "NUMBER:٣٫٥", "NUMBER:12", "NUMBER:26", "NUMBER:3 ملايين"),
				example(sentence, "DATE:2014"));
	}

	@Test
	void findsTheGoldDatesOfTheSampleArticles(@TempDir Path folder) throws IOException {
		SampleCorpus.copyArticlesTo(folder);
		SampleCorpus.copyGoldSpansTo(folder);
		int gold = 0;
		int suggested = 0;
		int correct = 0;
		try (SuggestionPipeline pipeline = pipeline(DEFAULT_LABELS)) {
			for (LabeledText article : ArticleFolders.readLabeled(folder, folder)) {
				List<LabeledSpan> expected = article.spans().stream().filter(span -> span.label().equals(DATE)).toList();
				List<LabeledSpan> found = pipeline.suggest(article.text(), List.of(), List.of()).stream().filter(span -> span.label().equals(DATE)).toList();
				for (LabeledSpan span : found) {
					boolean right = expected.stream().anyMatch(span::sameAs);
					correct += right ? 1 : 0;
					if (!right) {
						System.out.println(article.id() + ": wrong DATE " + article.covered(span));
					}
				}
				expected.stream().filter(span -> found.stream().noneMatch(span::sameAs))
						.forEach(span -> System.out.println(article.id() + ": missed DATE " + article.covered(span)));
				gold += expected.size();
				suggested += found.size();
			}
		}
		double precision = (double) correct / suggested;
		double recall = (double) correct / gold;
		System.out.printf("Pattern DATE on the sample articles: precision %.2f (%d/%d), recall %.2f (%d/%d)%n", precision, correct, suggested, recall,
				correct, gold);
		assertTrue(recall >= 0.9, "recall " + recall);
		assertTrue(precision >= 0.9, "precision " + precision);
	}

	@Test
	void theProviderNamesItsSource() throws IOException {
		PatternSuggesterProvider provider = new PatternSuggesterProvider();

		assertEquals("pattern", provider.source());
		assertEquals("pattern", provider.create(SuggestionContext.of(DEFAULT_LABELS, List.of())).source());
	}

	private static DynamicTest example(String sentence, String... expected) {
		return example(DEFAULT_LABELS, sentence, expected);
	}

	/** @param expected {@code LABEL:covered text} of each suggestion, in text order */
	private static DynamicTest example(List<String> labels, String sentence, String... expected) {
		return dynamicTest(labels + " " + sentence, () -> {
			try (SuggestionPipeline pipeline = pipeline(labels)) {
				List<String> found = pipeline.suggest(sentence, List.of(), List.of()).stream()
						.map(span -> span.label() + ":" + sentence.substring(span.begin(), span.end())).toList();
				assertEquals(List.of(expected), found);
			}
		});
	}

	private static SuggestionPipeline pipeline(List<String> labels) throws IOException {
		return SuggestionPipeline.of(List.of(new PatternSuggesterProvider().create(SuggestionContext.of(labels, List.of()))));
	}
}
