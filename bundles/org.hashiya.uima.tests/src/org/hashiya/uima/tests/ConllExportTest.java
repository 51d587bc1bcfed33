package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.collection.CollectionReaderDescription;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportSource;
import org.hashiya.uima.export.LossReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CoNLL exports read back by DKPro Core 2.5.0's {@code Conll2002Reader} and {@code Conll2003Reader}:
 * every span the loss report does not name comes back as an entity with its label and its tokens,
 * which joined give the span's text without its spaces.
 */
class ConllExportTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(names = { "CONLL2002", "CONLL2003" })
	void everySpanOfTheSampleComesBackFromDkprosReaderWithItsLabelAndTokens(ExportFormat format) throws Exception {
		ExportSource source = ExportFixtures.sampleProject(folder.resolve("project"));
		LossReport report = write(source, format);

		List<LabeledText> gold = ExportFixtures.sampleGold(folder.resolve("corpus"));
		Map<String, Document> read = documents(format == ExportFormat.CONLL2002 ? DkproReaders.conll2002Reader(folder.resolve("conll").toString())
				: DkproReaders.conll2003Reader(folder.resolve("conll").toString()));
		assertEquals(gold.size(), read.size());
		for (LabeledText article : gold) {
			assertEquals(expectedEntities(article, report), read.get(article.id()).entities(), article.id());
			assertEquals(ExportFixtures.visible(article.text()), String.join("", read.get(article.id()).tokens()), "every visible character in a token, once");
		}
	}

	@Test
	void aSpanAfterAProcliticGetsItsStemAsAToken() throws Exception {
		ExportSource source = ExportFixtures.hardTexts(folder.resolve("texts"));
		LossReport report = write(source, ExportFormat.CONLL2002);

		assertTrue(report.isEmpty(), report.toString());
		String lines = Files.readString(folder.resolve("conll").resolve("010_hard.conll"), StandardCharsets.UTF_8);
		assertTrue(lines.contains("إن O\nو O\nبغداد B-LOC\n🇮 B-FLAG\n🇶 I-FLAG\nتستقبل O\n"), lines);
		assertTrue(lines.contains("محمّد B-PER\nمصـــر B-LOC\n"), lines);
		assertTrue(lines.contains("\n😀 O\n. O\n\nوقال O\n"), "a blank line after each sentence: " + lines);
		Map<String, Document> read = documents(DkproReaders.conll2002Reader(folder.resolve("conll").toString()));
		assertEquals(List.of("PER محمّد", "LOC مصـــر", "LOC بغداد", "FLAG 🇮🇶", "DATE كانونالثاني", "LOC القاهرة"), read.get("010_hard").entities());
		assertEquals(List.of(), read.get("011_plain").entities());
	}

	@Test
	void overlappingAndNestedSpansAreReportedAndTheOuterKept() throws Exception {
		String text = "درس في جامعة القاهرة ثم في معهد الدوحة للدراسات العليا.\n";
		ExportSource source = folderSource(ImportInputs.labeled("040_nested", text, "جامعة القاهرة", "ORG", "القاهرة", "LOC", "معهد الدوحة", "ORG",
				"الدوحة للدراسات العليا", "ORG"));

		LossReport report = write(source, ExportFormat.CONLL2002);

		assertEquals(1, report.findings().size(), report.toString());
		LossReport.Finding overlaps = report.findings().get(0);
		assertEquals(LossReport.Kind.OVERLAPPING_SPAN, overlaps.kind());
		assertEquals(List.of(new LossReport.Example("040_nested", 13, 20, "القاهرة"), new LossReport.Example("040_nested", 32, 54, "الدوحة للدراسات العليا")),
				overlaps.examples());
		assertEquals(List.of("ORG جامعةالقاهرة", "ORG معهدالدوحة"), documents(DkproReaders.conll2002Reader(folder.resolve("conll").toString())).get("040_nested").entities());
	}

	@Test
	void aSpanInsideATokenIsWidenedToItAndReported() throws Exception {
		String text = "وصل البغداديون إلى عمّان.\n";
		ExportSource source = folderSource(ImportInputs.labeled("050_inside", text, "بغداد", "LOC", "عمّان", "LOC"));

		LossReport report = write(source, ExportFormat.CONLL2002);

		assertEquals(List.of(new LossReport.Finding(LossReport.Kind.SPAN_INSIDE_TOKEN, 1, List.of(new LossReport.Example("050_inside", 6, 11, "بغداد")))),
				report.findings());
		assertEquals(List.of("LOC البغداديون", "LOC عمّان"), documents(DkproReaders.conll2002Reader(folder.resolve("conll").toString())).get("050_inside").entities());
	}

	@Test
	void aSpanAcrossASentenceEndKeepsItsSentencesTogether() throws Exception {
		String text = "وقّع وزير الخارجية. السعودي الاتفاق. ثم غادر.\n";
		ExportSource source = folderSource(ImportInputs.labeled("060_across", text, "الخارجية. السعودي", "ORG"));

		assertTrue(write(source, ExportFormat.CONLL2002).isEmpty());

		String lines = Files.readString(folder.resolve("conll").resolve("060_across.conll"), StandardCharsets.UTF_8);
		assertEquals("وقّع O\nوزير O\nالخارجية B-ORG\n. I-ORG\nالسعودي I-ORG\nالاتفاق O\n. O\n\nثم O\nغادر O\n. O\n\n", lines);
		assertEquals(List.of("ORG الخارجية.السعودي"), documents(DkproReaders.conll2002Reader(folder.resolve("conll").toString())).get("060_across").entities());
	}

	@Test
	void labelsWithSpacesAndSpansWithoutTokensAreReported() throws Exception {
		String text = "قال  مسؤول في الأمم المتحدة\n";
		ExportSource source = folderSource(ImportInputs.labeled("070_labels", text, " ", "MISC", "الأمم المتحدة", "INT ORG"));

		LossReport report = write(source, ExportFormat.CONLL2002);

		assertEquals(List.of(LossReport.Kind.SPAN_WITHOUT_TOKEN, LossReport.Kind.LABEL_WITH_SPACE), report.findings().stream().map(LossReport.Finding::kind).toList());
		assertTrue(Files.readString(folder.resolve("conll").resolve("070_labels.conll"), StandardCharsets.UTF_8).endsWith("الأمم B-INT_ORG\nالمتحدة I-INT_ORG\n\n"));
	}

	private ExportSource folderSource(LabeledText article) throws Exception {
		return ExportFixtures.folderOf(folder.resolve("texts"), List.of(article));
	}

	/** Exports to {@code conll/}, whatever is lost, and returns the loss report. */
	private LossReport write(ExportSource source, ExportFormat format) throws Exception {
		return ExportFixtures.exportReporting(source, format, folder.resolve("conll"));
	}

	/**
	 * A document as DKPro read it.
	 *
	 * @param entities "LABEL tokens", the tokens joined without spaces
	 */
	private record Document(List<String> entities, List<String> tokens) {
	}

	/** @return each document DKPro read, named by its file name without {@code .conll} */
	private static Map<String, Document> documents(CollectionReaderDescription reader) throws Exception {
		Map<String, Document> documents = new TreeMap<>();
		DkproReaders.readAll(reader, cas -> {
			String id = ExportFixtures.documentTitle(cas).replaceFirst("\\.conll$", "");
			Type entity = cas.getTypeSystem().getType(ExportFixtures.NAMED_ENTITY);
			Feature value = entity.getFeatureByBaseName("value");
			List<String> found = new ArrayList<>();
			for (AnnotationFS annotation : cas.<AnnotationFS>getAnnotationIndex(entity)) {
				found.add(annotation.getStringValue(value) + " " + joinedTokens(cas, annotation));
			}
			documents.put(id, new Document(found, cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(ExportFixtures.TOKEN)).stream()
					.map(AnnotationFS::getCoveredText).toList()));
		});
		return documents;
	}

	private static String joinedTokens(CAS cas, AnnotationFS entity) {
		StringBuilder joined = new StringBuilder();
		for (AnnotationFS token : cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(ExportFixtures.TOKEN))) {
			if (token.getBegin() >= entity.getBegin() && token.getEnd() <= entity.getEnd()) {
				joined.append(token.getCoveredText());
			}
		}
		return joined.toString();
	}

	/**
	 * @return the entities CoNLL should give back for {@code article}: every span but those the
	 *         report drops, as "LABEL text" with the spaces taken out; the report must list every
	 *         dropped or widened span among its examples
	 */
	private static List<String> expectedEntities(LabeledText article, LossReport report) {
		List<LossReport.Example> dropped = new ArrayList<>();
		for (LossReport.Finding finding : report.findings()) {
			assertTrue(finding.count() <= LossReport.EXAMPLES, "the report lists every example: " + report);
			assertTrue(finding.kind() == LossReport.Kind.OVERLAPPING_SPAN, "the sample loses nothing else in CoNLL: " + report);
			dropped.addAll(finding.examples());
		}
		return article.spans().stream()
				.filter(span -> dropped.stream().noneMatch(example -> example.article().equals(article.id()) && example.begin() == span.begin()
						&& example.end() == span.end()))
				.map(span -> span.label() + " " + ExportFixtures.visible(article.covered(span))).toList();
	}
}
