package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Span;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.export.CorpusExport;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportProgress;
import org.hashiya.uima.export.ExportSelection;
import org.hashiya.uima.export.ExportSource;
import org.hashiya.uima.export.ExportedArticle;
import org.hashiya.uima.export.LossReport;

/** Corpora to export, and what an export should give back. */
final class ExportFixtures {

	static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	static final String DOCUMENT_META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
	static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
	static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";

	/**
	 * Texts where UTF-16 units, code points and bytes part ways: emoji (surrogate pairs, a flag, a
	 * skin tone modifier), CR LF line ends, harakat, tatweel, and a span after a proclitic (و of
	 * وبغداد); one article has no spans.
	 */
	static final List<LabeledText> HARD_TEXTS = List.of(
			ImportInputs.labeled("010_hard", "زار الرئيسُ محمّد مصـــر يوم الأحد 😀.\r\n"
					+ "وقال إن وبغداد 🇮🇶 تستقبل الوفد في كانون الثاني.\r\n"
					+ "ثم عاد إلى القاهرة 👍🏽 مساءً، وقال: «شكراً» 🙏\r\n",
					"محمّد", "PER", "مصـــر", "LOC", "بغداد", "LOC", "🇮🇶", "FLAG", "كانون الثاني", "DATE", "القاهرة", "LOC"),
			ImportInputs.labeled("011_plain", "خبر بلا أسماء 🙂\r\n"));

	private ExportFixtures() {
	}

	/** @return the sample project (four articles, the gold spans of annotator {@value SampleCorpus#GOLD_ANNOTATOR}) created in {@code folder} */
	static ExportSource sampleProject(Path folder) throws IOException {
		return ExportSource.of(SampleProject.create(folder));
	}

	/** @return the sample's gold spans as the corpus keeps them, read without Hashiya's export */
	static List<LabeledText> sampleGold(Path folder) throws IOException {
		Path texts = folder.resolve("texts");
		Path gold = folder.resolve("gold");
		SampleCorpus.copyArticlesTo(texts);
		SampleCorpus.copyGoldSpansTo(gold);
		return ArticleFolders.readLabeled(texts, gold);
	}

	/** @return a new project in {@code folder} with the articles {@code idAndText} (id, text, id, text …) and no spans */
	static ProjectFolder project(Path folder, String... idAndText) throws IOException {
		Files.createDirectories(folder);
		for (int index = 0; index < idAndText.length; index += 2) {
			Files.writeString(folder.resolve(idAndText[index] + ".txt"), idAndText[index + 1], StandardCharsets.UTF_8);
		}
		return ProjectFolder.create(folder, folder.getFileName().toString());
	}

	/** @return a new span with a label of the project's label set */
	static Span span(ProjectFolder project, int begin, int end, String label) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(project.label(label).orElseThrow());
		return span;
	}

	/** @return a folder of articles in the gold format holding {@link #HARD_TEXTS} */
	static ExportSource hardTexts(Path folder) throws IOException {
		return folderOf(folder, HARD_TEXTS);
	}

	/** @return a folder of articles in the gold format holding {@code articles} */
	static ExportSource folderOf(Path folder, List<LabeledText> articles) throws IOException {
		Path input = ImportInputs.spansTsvFolder(folder, articles);
		return ExportSource.open(input, input);
	}

	/** @return a loss report and export of {@code source} in {@code format} to {@code output}, whatever the report says */
	static LossReport exportReporting(ExportSource source, ExportFormat format, Path output) throws IOException {
		try (CorpusExport export = CorpusExport.prepare(source.name(), source.select(ExportSelection.all()), format, false)) {
			export.write(output, false, ExportProgress.NONE);
			return export.lossReport();
		}
	}

	/** Exports every article of {@code source} to {@code output}, whatever the loss report says. */
	static CorpusExport.Result export(ExportSource source, ExportFormat format, Path output, boolean zip) throws IOException {
		List<ExportedArticle> articles = source.select(ExportSelection.all());
		try (CorpusExport export = CorpusExport.prepare(source.name(), articles, format, false)) {
			return export.write(output, zip, ExportProgress.NONE);
		}
	}

	/** @return the annotations of {@code typeName} as gold-file rows: begin, end, the {@code feature}, covered text */
	static List<String> rows(CAS cas, String typeName, String feature) {
		Type type = cas.getTypeSystem().getType(typeName);
		Feature label = type.getFeatureByBaseName(feature);
		List<String> rows = new ArrayList<>();
		for (AnnotationFS annotation : cas.<AnnotationFS>getAnnotationIndex(type)) {
			rows.add(annotation.getBegin() + "\t" + annotation.getEnd() + "\t" + annotation.getStringValue(label) + "\t" + annotation.getCoveredText());
		}
		return rows;
	}

	/** @return the spans as gold-file rows, in text order (the order of a CAS's annotation index) */
	static List<String> rows(LabeledText article) {
		return article.spans().stream().map(span -> row(article, span)).toList();
	}

	private static String row(LabeledText article, LabeledSpan span) {
		return span.begin() + "\t" + span.end() + "\t" + span.label() + "\t" + article.covered(span);
	}

	/** @return the first line of {@code text} that is not blank, stripped: an article's title */
	static String firstLine(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
	}

	/** @return {@code text} without the characters no token holds: white space and invisible formatting */
	static String visible(String text) {
		StringBuilder visible = new StringBuilder();
		text.chars().filter(character -> !Character.isWhitespace(character) && !Character.isSpaceChar(character) && Character.getType(character) != Character.FORMAT)
				.forEach(character -> visible.append((char) character));
		return visible.toString();
	}

	/** @return the {@code documentTitle} of DKPro's metadata: a DKPro reader puts the file name there */
	static String documentTitle(CAS cas) {
		return cas.getDocumentAnnotation().getStringValue(cas.getTypeSystem().getType(DOCUMENT_META_DATA).getFeatureByBaseName("documentTitle"));
	}

	/** Asserts that {@code cas} has exactly one document annotation, DKPro's metadata of the article. */
	static void assertMetadata(CAS cas, String id, String title) {
		Type metadata = cas.getTypeSystem().getType(DOCUMENT_META_DATA);
		assertEquals(metadata, cas.getDocumentAnnotation().getType(), "the document annotation is DKPro's DocumentMetaData");
		assertEquals(1, cas.getAnnotationIndex(cas.getTypeSystem().getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION)).size(), "one document annotation");
		assertEquals(id, cas.getDocumentAnnotation().getStringValue(metadata.getFeatureByBaseName("documentId")));
		assertEquals(title, cas.getDocumentAnnotation().getStringValue(metadata.getFeatureByBaseName("documentTitle")));
		assertEquals("ar", cas.getDocumentLanguage());
	}
}
