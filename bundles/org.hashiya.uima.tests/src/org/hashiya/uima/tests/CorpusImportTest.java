package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.hashiya.core.DefaultLabelSet;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.model.Article;
import org.hashiya.model.Label;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.importing.CorpusImport;
import org.hashiya.uima.importing.ImportFormat;
import org.hashiya.uima.importing.ImportProgress;
import org.hashiya.uima.importing.ImportRequest;
import org.hashiya.uima.importing.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import reads in each format, how it extends a project, and that a failure anywhere leaves nothing behind. */
class CorpusImportTest {

	private static final String ARABIC = "اسْتَقْبَلَ الرَّئِيسُ وفداً من الأمم المتحدة يوم الثلاثاء\r\nوقال المـــتحدث إن الاجتماع كان ناجحاً.\r\n";
	private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	@TempDir
	Path folder;

	@Test
	void textsInEveryEncodingWithAByteOrderMarkOrDetectedComeInAsTheSameText() throws Exception {
		Path input = Files.createDirectories(folder.resolve("texts"));
		Files.write(input.resolve("utf8.txt"), ARABIC.getBytes(StandardCharsets.UTF_8));
		Files.write(input.resolve("utf8-bom.txt"), ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_8));
		Files.write(input.resolve("utf16le.txt"), ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16LE));
		Files.write(input.resolve("utf16be.txt"), ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16BE));
		Files.write(input.resolve("windows1256.txt"), ARABIC.getBytes(WINDOWS_1256));

		ImportResult result = CorpusImport.run(ImportRequest.of(ImportFormat.TEXT, input, folder.resolve("project")), ImportProgress.NONE);

		assertEquals(5, result.articlesAdded());
		ProjectFolder project = ProjectFolder.open(folder.resolve("project"));
		for (Article article : project.project().getArticles()) {
			assertEquals(ARABIC, article.getText(), article.getId() + ": harakat, tatweel and CR LF as written, without the byte order mark");
		}
	}

	@Test
	void aChosenEncodingIsUsedForFilesWithoutAByteOrderMark() throws Exception {
		Path input = Files.createDirectories(folder.resolve("texts"));
		String shortArabic = "مصر";
		Files.write(input.resolve("short.txt"), shortArabic.getBytes(WINDOWS_1256));

		CorpusImport.run(ImportRequest.of(ImportFormat.TEXT, input, folder.resolve("project")).withEncoding(WINDOWS_1256), ImportProgress.NONE);

		assertEquals(shortArabic, ProjectFolder.open(folder.resolve("project")).article("short").orElseThrow().getText());
	}

	@Test
	void htmlGivesTheVisibleTextOneBlockPerLine() throws Exception {
		Path input = Files.createDirectories(folder.resolve("pages"));
		Files.writeString(input.resolve("page.html"), "<!DOCTYPE html><html><head><title>عنوان الصفحة</title><style>p { color: red }</style>"
				+ "<script>var hidden = 1;</script></head><body><h1>الأمم   المتحدة</h1>\n<p>قال <b>المتحدث</b>\n   إن &laquo;الاجتماع&raquo; ناجح<br>اليوم</p>"
				+ "<div hidden>مخفي</div><p style=\"display: none\">مخفي أيضاً</p><ul><li>أولاً</li><li>ثانياً</li></ul><pre>  سطر\n  محفوظ</pre></body></html>");

		CorpusImport.run(ImportRequest.of(ImportFormat.HTML, input, folder.resolve("project")), ImportProgress.NONE);

		assertEquals("الأمم المتحدة\nقال المتحدث إن «الاجتماع» ناجح\nاليوم\nأولاً\nثانياً\n  سطر\n  محفوظ",
				ProjectFolder.open(folder.resolve("project")).article("page").orElseThrow().getText());
	}

	@Test
	void xmiFromDkproIsReadWithoutOptionsAndASubtypeWithoutValueGivesItsName() throws Exception {
		Path input = Files.createDirectories(folder.resolve("xmi"));
		String text = "قال محمد إن بغداد جميلة";
		CAS cas = ImportInputs.cas(ImportInputs.dkproTypeSystem(), text);
		ImportInputs.annotate(cas, ImportInputs.NAMED_ENTITY, "value", 12, 17, "LOC");
		ImportInputs.annotate(cas, ImportInputs.PERSON, "value", 4, 8, null);
		ImportInputs.writeXmi(input.resolve("article.xmi"), cas);
		ImportInputs.writeTypeSystem(input, ImportInputs.dkproTypeSystem());

		ImportResult result = CorpusImport.run(ImportRequest.of(ImportFormat.XMI, input, folder.resolve("project")), ImportProgress.NONE);

		assertEquals(Map.of(ImportRequest.DEFAULT_ANNOTATOR, 2), result.spansByAnnotator());
		assertEquals(List.of("Person"), result.labelsAdded());
		assertEquals(List.of("4 8 Person محمد", "12 17 LOC بغداد"), rows(folder.resolve("project"), "article", ImportRequest.DEFAULT_ANNOTATOR));
	}

	@Test
	void aTypeAndFeatureOfAnyTypeSystemGiveTheLabel() throws Exception {
		Path input = Files.createDirectories(folder.resolve("xmi"));
		TypeSystemDescription typeSystem = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		TypeDescription entity = typeSystem.addType("org.example.Entity", "", CAS.TYPE_NAME_ANNOTATION);
		entity.addFeature("category", "", CAS.TYPE_NAME_STRING);
		String text = "زار الوفد القاهرة";
		CAS cas = ImportInputs.cas(typeSystem, text);
		ImportInputs.annotate(cas, "org.example.Entity", "category", 10, 17, "GPE");
		ImportInputs.writeXmi(input.resolve("visit.xmi"), cas);
		ImportInputs.writeTypeSystem(input, typeSystem);

		CorpusImport.run(ImportRequest.of(ImportFormat.XMI, input, folder.resolve("project")).withLabelType("org.example.Entity", "category")
				.withAnnotator("layla"), ImportProgress.NONE);

		assertEquals(List.of("10 17 GPE القاهرة"), rows(folder.resolve("project"), "visit", "layla"));
	}

	@Test
	void lenientImportSkipsElementsOfUndeclaredTypesWithAWarning() throws Exception {
		Path input = Files.createDirectories(folder.resolve("xmi"));
		TypeSystemDescription withTokens = CasCreationUtils.mergeTypeSystems(List.of(ImportInputs.dkproTypeSystem(), tokenTypeSystem()));
		String text = "قال محمد إن بغداد جميلة";
		for (String name : List.of("one", "two")) {
			CAS cas = ImportInputs.cas(withTokens, text);
			ImportInputs.annotate(cas, ImportInputs.NAMED_ENTITY, "value", 12, 17, "LOC");
			ImportInputs.annotate(cas, "my.Token", null, 0, 3, null);
			ImportInputs.annotate(cas, "my.Token", null, 4, 8, null);
			ImportInputs.writeXmi(input.resolve(name + ".xmi"), cas);
		}
		ImportInputs.writeTypeSystem(input, ImportInputs.dkproTypeSystem());

		ImportResult result = CorpusImport.run(ImportRequest.of(ImportFormat.XMI, input, folder.resolve("project")), ImportProgress.NONE);

		assertEquals(2, result.spans());
		assertEquals(1, result.warnings().size(), result.warnings().toString());
		String warning = result.warnings().get(0);
		assertTrue(warning.startsWith("Skipped 4 elements of type my.Token in 2 files (the first at " + input.resolve("one.xmi") + " line "), warning);
		assertTrue(warning.endsWith("TypeSystem.xml does not declare this type"), warning);
	}

	@Test
	void conllInIob1IsToldFromIob2() throws Exception {
		Path input = Files.writeString(folder.resolve("iob1.conll"), "قال O\nالرئيس O\nمحمد I-PER\nعلي I-PER\nو O\nأحمد I-PER\nسالم B-PER\nفي O\nبغداد I-LOC\n");

		CorpusImport.run(ImportRequest.of(ImportFormat.CONLL, input, folder.resolve("project")), ImportProgress.NONE);

		assertEquals(List.of("11 19 PER محمد علي", "22 26 PER أحمد", "27 31 PER سالم", "35 40 LOC بغداد"),
				rows(folder.resolve("project"), "iob1", ImportRequest.DEFAULT_ANNOTATOR));
	}

	@Test
	void prodigyAnswersOtherThanAcceptAreSkippedAndLinesWithoutSpansAreTextsOnly() throws Exception {
		Path input = Files.writeString(folder.resolve("prodigy.jsonl"), """
				{"text": "بغداد", "spans": [{"start": 0, "end": 5, "label": "LOC"}], "answer": "accept"}
				{"text": "القاهرة", "spans": [{"start": 0, "end": 7, "label": "LOC"}], "answer": "reject"}
				{"id": "unlabeled", "text": "دمشق"}
				""");

		ImportResult result = CorpusImport.run(ImportRequest.of(ImportFormat.JSONL, input, folder.resolve("project")), ImportProgress.NONE);

		assertEquals(2, result.articlesRead());
		assertEquals(List.of(input + " line 2: skipped, since its answer is 'reject', not 'accept'"), result.warnings());
		ProjectFolder project = ProjectFolder.open(folder.resolve("project"));
		assertEquals(List.of("0 5 LOC بغداد"), rows(folder.resolve("project"), "prodigy-1", ImportRequest.DEFAULT_ANNOTATOR));
		assertTrue(project.article("unlabeled").orElseThrow().getAnnotationSets().isEmpty(), "a line without spans is not labeled yet");
	}

	@Test
	void spanFilesFindTheirTextsInTheProjectTheyExtend() throws Exception {
		Path project = folder.resolve("project");
		Path texts = SampleCorpus.copyArticlesTo(folder.resolve("texts")).get(0).getParent();
		CorpusImport.run(ImportRequest.of(ImportFormat.TEXT, texts, project), ImportProgress.NONE);
		Path gold = SampleCorpus.copyGoldSpansTo(folder.resolve("gold")).get(0).getParent();

		ImportResult result = CorpusImport.run(ImportRequest.of(ImportFormat.TSV, gold, project).withAnnotator("gold"), ImportProgress.NONE);

		assertEquals(0, result.articlesAdded());
		Path sample = SampleProject.create(folder.resolve("sample")).root();
		for (String id : SampleCorpus.articleIds()) {
			assertEquals(Files.readString(sample.resolve("annotations/gold/" + id + ".tsv")), Files.readString(project.resolve("annotations/gold/" + id + ".tsv")),
					"the same annotation file as the sample project's gold import");
		}
	}

	@Test
	void newLabelsJoinTheProjectsLabelSetWithColoursOfTheirOwn() throws Exception {
		Path project = SampleProject.create(folder.resolve("project")).root();
		LabeledText article = ImportInputs.labeled("new_article", "تحدث بانكي مون عن كوفيد-19 في نيويورك", "كوفيد-19", "DISEASE", "نيويورك", "LOC",
				"بانكي مون", "PERSON");

		ImportResult result = CorpusImport.run(ImportRequest.of(ImportFormat.JSONL, ImportInputs.jsonl(folder.resolve("in.jsonl"), List.of(article)), project),
				ImportProgress.NONE);

		assertEquals(List.of("PERSON", "DISEASE"), result.labelsAdded());
		ProjectFolder reopened = ProjectFolder.open(project);
		List<String> colours = reopened.project().getLabelSets().get(0).getLabels().stream().map(Label::getColour).toList();
		assertEquals(DefaultLabelSet.PALETTE.subList(0, 6), colours, "each new label takes the next unused colour");
		assertEquals(5, reopened.project().getArticles().size(), "the four samples and the new article");
	}

	@Test
	void aWriteThatFailsHalfWayPutsEveryFileBack() throws Exception {
		Path project = SampleProject.create(folder.resolve("project")).root();
		// The annotator's folder is taken by a file, so the first annotation file cannot be written, after the texts and labels were.
		Files.writeString(project.resolve("annotations/layla"), "not a folder");
		Map<String, String> before = ImportInputs.snapshot(project);
		Path input = ImportInputs.jsonl(folder.resolve("in.jsonl"), List.of(ImportInputs.labeled("a_new", "زار الوفد القاهرة", "القاهرة", "CITY")));

		IOException error = assertThrows(IOException.class,
				() -> CorpusImport.run(ImportRequest.of(ImportFormat.JSONL, input, project).withAnnotator("layla"), ImportProgress.NONE));

		assertTrue(error.getMessage().startsWith("Cannot create " + project.resolve("annotations/layla") + ": a file of that name is in the way."),
				error.getMessage());
		assertTrue(error.getMessage().endsWith("Nothing was imported: the project folder is as it was."), error.getMessage());
		assertEquals(before, ImportInputs.snapshot(project), "the new text is gone and project.hashiya has no label CITY");
	}

	@Test
	void aFailedImportIntoANewFolderLeavesNoFolder() throws Exception {
		Path texts = Files.createDirectories(folder.resolve("texts"));
		Files.writeString(texts.resolve("good.txt"), ARABIC);
		Files.write(texts.resolve("bad.txt"), new byte[] { (byte) 0xC3, 0x28 });
		Path project = folder.resolve("new/project");

		assertThrows(IOException.class, () -> CorpusImport.run(ImportRequest.of(ImportFormat.TEXT, texts, project), ImportProgress.NONE));

		assertFalse(Files.exists(folder.resolve("new")), "no folder was made");
	}

	@Test
	void aFolderThatIsNeitherAProjectNorEmptyIsRefused() throws Exception {
		Path texts = Files.createDirectories(folder.resolve("texts"));
		Files.writeString(texts.resolve("a.txt"), ARABIC);

		IOException error = assertThrows(IOException.class, () -> CorpusImport.run(ImportRequest.of(ImportFormat.TEXT, texts, texts), ImportProgress.NONE));

		assertTrue(error.getMessage().contains("is neither an annotation project"), error.getMessage());
	}

	@Test
	void aCanceledImportWritesNothing() throws Exception {
		Path texts = SampleCorpus.copyArticlesTo(folder.resolve("texts")).get(0).getParent();
		ImportProgress cancelAfterReading = new ImportProgress() {
			private boolean writing;

			@Override
			public void begin(String phase, int steps) {
				writing = phase.startsWith("Writing");
			}

			@Override
			public void worked(int steps) {
				// counted by the phase
			}

			@Override
			public boolean isCanceled() {
				return writing;
			}
		};

		assertThrows(CancellationException.class,
				() -> CorpusImport.run(ImportRequest.of(ImportFormat.TEXT, texts, folder.resolve("project")), cancelAfterReading));

		assertFalse(Files.exists(folder.resolve("project")), "the articles written before the cancel are gone again");
	}

	private static TypeSystemDescription tokenTypeSystem() {
		TypeSystemDescription tokens = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		tokens.addType("my.Token", "", CAS.TYPE_NAME_ANNOTATION);
		return tokens;
	}

	/** @return the annotator's spans on the article as "begin end label covered" */
	private static List<String> rows(Path projectFolder, String articleId, String annotator) throws IOException {
		ProjectFolder project = ProjectFolder.open(projectFolder);
		Article article = project.article(articleId).orElseThrow();
		return ImportRoundTripTest.spans(project, article, annotator).stream()
				.map(span -> span.getBegin() + " " + span.getEnd() + " " + span.getLabel().getName() + " " + ImportRoundTripTest.covered(article, span)).toList();
	}
}
