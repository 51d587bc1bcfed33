package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.dkpro.core.io.xmi.XmiReader;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.uima.HashiyaTypeSystem;
import org.hashiya.uima.export.CorpusExport;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportProgress;
import org.hashiya.uima.export.ExportSelection;
import org.hashiya.uima.export.ExportSource;
import org.hashiya.uima.export.LossReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XMI exports read back by readers that are not Hashiya's: uimaj-core's deserializer in strict mode
 * with the exported {@code TypeSystem.xml}, and DKPro Core 2.5.0's {@code XmiReader}, once with
 * DKPro's own types merged with the exported ones, once as a DKPro pipeline that knows no Hashiya
 * type. Every span must come back with its offsets, label and covered text.
 */
class XmiExportTest {

	@TempDir
	Path folder;

	@Test
	void everyGoldSpanComesBackFromUimasStrictDeserializerWithTheExportedTypeSystem() throws Exception {
		Path output = folder.resolve("xmi");
		ExportFixtures.export(ExportFixtures.sampleProject(folder.resolve("project")), ExportFormat.XMI, output, false);

		List<LabeledText> gold = ExportFixtures.sampleGold(folder.resolve("corpus"));
		for (LabeledText article : gold) {
			CAS cas = readStrictly(output, article.id());
			assertEquals(article.text(), cas.getDocumentText(), article.id());
			assertEquals(ExportFixtures.rows(article), ExportFixtures.rows(cas, HashiyaTypeSystem.SPAN, HashiyaTypeSystem.FEATURE_LABEL), article.id());
			assertEquals(ExportFixtures.rows(article), ExportFixtures.rows(cas, ExportFixtures.NAMED_ENTITY, "value"), article.id());
			assertEquals(List.of("gold imported"), featureValues(cas, HashiyaTypeSystem.FEATURE_ANNOTATOR, HashiyaTypeSystem.FEATURE_ORIGIN));
			ExportFixtures.assertMetadata(cas, article.id(), ExportFixtures.firstLine(article.text()));
		}
		assertEquals(gold.size() + 1, fileCount(output), "one XMI per article and TypeSystem.xml");
	}

	@Test
	void dkprosXmiReaderReadsEverySpanWithDkprosOwnTypesMergedWithTheExportedTypeSystem() throws Exception {
		Path output = folder.resolve("xmi");
		Map<String, LabeledText> gold = exportTheSample(output);

		List<String> read = new ArrayList<>();
		DkproReaders.readAll(DkproReaders.xmiReader(output.toString(), XmiReader.PARAM_TYPE_SYSTEM_FILE, output.resolve("TypeSystem.xml").toString(),
				XmiReader.PARAM_MERGE_TYPE_SYSTEM, true), cas -> {
					String id = documentId(cas);
					LabeledText article = gold.get(id);
					assertEquals(article.text(), cas.getDocumentText(), id);
					assertEquals(ExportFixtures.rows(article), ExportFixtures.rows(cas, ExportFixtures.NAMED_ENTITY, "value"), id);
					assertEquals(ExportFixtures.rows(article), ExportFixtures.rows(cas, HashiyaTypeSystem.SPAN, HashiyaTypeSystem.FEATURE_LABEL), id);
					assertTokensAndSentences(cas);
					read.add(id);
				});

		assertEquals(List.copyOf(gold.keySet()), read.stream().sorted().toList());
	}

	@Test
	void aDkproPipelineThatKnowsNoHashiyaTypeReadsTheEntitiesTokensAndDocumentNames() throws Exception {
		Path output = folder.resolve("xmi");
		Map<String, LabeledText> gold = exportTheSample(output);

		List<String> read = new ArrayList<>();
		DkproReaders.readAll(DkproReaders.xmiReader(output.toString(), XmiReader.PARAM_LENIENT, true), cas -> {
			String id = documentId(cas);
			assertEquals(ExportFixtures.rows(gold.get(id)), ExportFixtures.rows(cas, ExportFixtures.NAMED_ENTITY, "value"), id);
			ExportFixtures.assertMetadata(cas, id, ExportFixtures.firstLine(gold.get(id).text()));
			assertTokensAndSentences(cas);
			read.add(id);
		});

		assertEquals(gold.size(), read.size());
	}

	@Test
	void aZipArchiveHoldsTheTypeSystemAndOneXmiPerArticleAndDkproReadsItInPlace() throws Exception {
		CorpusExport.Result result = ExportFixtures.export(ExportFixtures.sampleProject(folder.resolve("project")), ExportFormat.XMI, folder.resolve("out"), true);
		Map<String, LabeledText> gold = byId(ExportFixtures.sampleGold(folder.resolve("corpus")));

		assertEquals(folder.resolve("out").resolve("ar-news-xmi.zip"), result.location());
		try (ZipFile zip = new ZipFile(result.location().toFile())) {
			List<String> expected = new ArrayList<>(gold.keySet().stream().map(id -> id + ".xmi").toList());
			expected.add("TypeSystem.xml");
			assertEquals(expected.stream().sorted().toList(), zip.stream().map(ZipEntry::getName).sorted().toList());
		}
		List<String> read = new ArrayList<>();
		DkproReaders.readAll(DkproReaders.xmiReader("jar:" + result.location().toUri() + "!/", XmiReader.PARAM_LENIENT, true), cas -> {
			assertEquals(ExportFixtures.rows(gold.get(documentId(cas))), ExportFixtures.rows(cas, ExportFixtures.NAMED_ENTITY, "value"));
			read.add(documentId(cas));
		});
		assertEquals(gold.size(), read.size());
	}

	@Test
	void emojiLineEndsHarakatAndTatweelComeBackToTheUnit() throws Exception {
		Path output = folder.resolve("xmi");
		ExportSource source = ExportFixtures.hardTexts(folder.resolve("texts"));
		try (CorpusExport export = CorpusExport.prepare(source.name(), source.select(ExportSelection.all()), ExportFormat.XMI, false)) {
			assertTrue(export.lossReport().isEmpty(), export.lossReport().toString());
			assertFalse(export.write(output, false, ExportProgress.NONE).xml11());
		}

		for (LabeledText article : ExportFixtures.HARD_TEXTS) {
			CAS cas = readStrictly(output, article.id());
			assertEquals(article.text(), cas.getDocumentText(), "the text with its CR LF and emoji");
			assertEquals(ExportFixtures.rows(article), ExportFixtures.rows(cas, HashiyaTypeSystem.SPAN, HashiyaTypeSystem.FEATURE_LABEL));
			assertEquals(ExportFixtures.rows(article), ExportFixtures.rows(cas, ExportFixtures.NAMED_ENTITY, "value"));
		}
		List<String> tokens = coveredTexts(readStrictly(output, "010_hard"), ExportFixtures.TOKEN);
		int baghdad = tokens.indexOf("بغداد");
		assertEquals("و", tokens.get(baghdad - 1), "وبغداد is cut after its proclitic, where the span begins: " + tokens);
		assertTrue(tokens.containsAll(List.of("محمّد", "مصـــر", "😀")), "harakat and tatweel stay in their word, an emoji is one token: " + tokens);
	}

	@Test
	void controlCharactersMakeTheExportXml11AfterTheReportSaysSo() throws Exception {
		String text = "تقرير\u0001 عن بغداد\u0085 و\u2028القاهرة\u007F\r\n";
		Path output = folder.resolve("xmi");

		try (CorpusExport export = prepareTwoCities("020_control", text)) {
			LossReport report = export.lossReport();
			assertEquals(1, report.findings().size(), report.toString());
			assertEquals(LossReport.Kind.XML_1_1_CHARACTER, report.findings().get(0).kind());
			assertEquals(new LossReport.Example("020_control", 5, 6, "U+0001"), report.findings().get(0).examples().get(0));
			assertTrue(export.xml11());
			assertTrue(export.write(output, false, ExportProgress.NONE).xml11());
		}

		assertTrue(Files.readString(output.resolve("020_control.xmi"), StandardCharsets.UTF_8).startsWith("<?xml version=\"1.1\""));
		CAS cas = readStrictly(output, "020_control");
		assertEquals(text, cas.getDocumentText());
		assertEquals(List.of("10\t15\tLOC\tبغداد", "19\t26\tLOC\tالقاهرة"), ExportFixtures.rows(cas, ExportFixtures.NAMED_ENTITY, "value"));
	}

	@Test
	void xml11OnRequestIsNoLoss() throws Exception {
		ExportSource source = ExportFixtures.sampleProject(folder.resolve("project"));
		Path output = folder.resolve("xmi");

		try (CorpusExport export = CorpusExport.prepare(source.name(), source.select(ExportSelection.all()), ExportFormat.XMI, true)) {
			assertTrue(export.lossReport().isEmpty(), export.lossReport().toString());
			export.write(output, false, ExportProgress.NONE);
		}

		LabeledText first = ExportFixtures.sampleGold(folder.resolve("corpus")).get(0);
		assertTrue(Files.readString(output.resolve(first.id() + ".xmi"), StandardCharsets.UTF_8).startsWith("<?xml version=\"1.1\""));
		assertEquals(ExportFixtures.rows(first), ExportFixtures.rows(readStrictly(output, first.id()), ExportFixtures.NAMED_ENTITY, "value"));
	}

	@Test
	void charactersNoXmlCarriesAreReportedAndReplacedWithoutMovingAnOffset() throws Exception {
		String text = "أ\u0000 بغداد \uFFFF القاهرة\n";
		Path output = folder.resolve("xmi");

		try (CorpusExport export = prepareTwoCities("030_nul", text)) {
			LossReport.Finding finding = export.lossReport().findings().get(0);
			assertEquals(LossReport.Kind.NON_XML_CHARACTER, finding.kind());
			assertEquals(List.of(new LossReport.Example("030_nul", 1, 2, "U+0000"), new LossReport.Example("030_nul", 9, 10, "U+FFFF")), finding.examples());
			assertFalse(export.xml11(), "no XML version carries them, so they do not ask for XML 1.1");
			export.write(output, false, ExportProgress.NONE);
		}

		CAS cas = readStrictly(output, "030_nul");
		assertEquals(text.replace('\u0000', '\uFFFD').replace('\uFFFF', '\uFFFD'), cas.getDocumentText());
		assertEquals(List.of("3\t8\tLOC\tبغداد", "11\t18\tLOC\tالقاهرة"), ExportFixtures.rows(cas, ExportFixtures.NAMED_ENTITY, "value"));
	}

	/** @return the sample's gold articles by id, after exporting the sample project to {@code output} */
	private Map<String, LabeledText> exportTheSample(Path output) throws Exception {
		ExportFixtures.export(ExportFixtures.sampleProject(folder.resolve("project")), ExportFormat.XMI, output, false);
		return byId(ExportFixtures.sampleGold(folder.resolve("corpus")));
	}

	/** @return the XMI export, checked and not yet written, of one article whose spans are بغداد and القاهرة, both LOC */
	private CorpusExport prepareTwoCities(String id, String text) throws Exception {
		ExportSource source = ExportFixtures.folderOf(folder.resolve("texts"), List.of(ImportInputs.labeled(id, text, "بغداد", "LOC", "القاهرة", "LOC")));
		return CorpusExport.prepare(source.name(), source.select(ExportSelection.all()), ExportFormat.XMI, false);
	}

	/** @return the article's XMI as uimaj-core reads it in strict mode, with the exported type system */
	private static CAS readStrictly(Path output, String id) throws Exception {
		TypeSystemDescription typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(output.resolve("TypeSystem.xml").toFile()));
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		try (InputStream in = Files.newInputStream(output.resolve(id + ".xmi"))) {
			XmiCasDeserializer.deserialize(in, cas, false);
		}
		return cas;
	}

	/** @return the distinct values of two span features, joined by a space */
	private static List<String> featureValues(CAS cas, String first, String second) {
		var type = cas.getTypeSystem().getType(HashiyaTypeSystem.SPAN);
		return cas.<AnnotationFS>getAnnotationIndex(type).stream()
				.map(span -> span.getStringValue(type.getFeatureByBaseName(first)) + " " + span.getStringValue(type.getFeatureByBaseName(second))).distinct().toList();
	}

	private static List<String> coveredTexts(CAS cas, String typeName) {
		return cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(typeName)).stream().map(AnnotationFS::getCoveredText).toList();
	}

	/** Asserts that the tokens hold every visible character, and that sentences hold the tokens. */
	private static void assertTokensAndSentences(CAS cas) {
		String tokens = String.join("", coveredTexts(cas, ExportFixtures.TOKEN));
		assertEquals(ExportFixtures.visible(cas.getDocumentText()), tokens, "the tokens cover every visible character once");
		String sentences = String.join("", coveredTexts(cas, ExportFixtures.SENTENCE));
		assertEquals(tokens, ExportFixtures.visible(sentences), "the sentences cover every token once");
	}

	private static String documentId(CAS cas) {
		return cas.getDocumentAnnotation().getStringValue(cas.getDocumentAnnotation().getType().getFeatureByBaseName("documentId"));
	}

	private static Map<String, LabeledText> byId(List<LabeledText> articles) {
		return articles.stream().collect(Collectors.toMap(LabeledText::id, Function.identity(), (one, other) -> one, TreeMap::new));
	}

	private static long fileCount(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			return files.count();
		}
	}
}
