package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hashiya.core.spans.LabeledText;
import org.hashiya.uima.export.CorpusExport;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportProgress;
import org.hashiya.uima.export.ExportedArticle;
import org.hashiya.uima.export.ExportedSpan;
import org.hashiya.uima.export.LossReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * JSONL exports, read as Python reads them: offsets index code points, so {@code text[start:end]}
 * (here: the code points from start to end) must be what the span covers.
 */
class JsonlExportTest {

	@TempDir
	Path folder;

	@Test
	void everyGoldSpanCoversItsTextAtItsCodePointOffsets() throws Exception {
		CorpusExport.Result result = ExportFixtures.export(ExportFixtures.sampleProject(folder.resolve("project")), ExportFormat.JSONL, folder.resolve("out"), false);

		assertSameArticles(ExportFixtures.sampleGold(folder.resolve("corpus")), result.location().resolve("ar-news.jsonl"));
	}

	@Test
	void offsetsAfterEmojiCountCodePointsNotUtf16Units() throws Exception {
		CorpusExport.Result result = ExportFixtures.export(ExportFixtures.hardTexts(folder.resolve("texts")), ExportFormat.JSONL, folder.resolve("out"), false);

		Path file = result.location().resolve("texts.jsonl");
		assertSameArticles(ExportFixtures.HARD_TEXTS, file);
		JsonObject hard = JsonParser.parseString(Files.readAllLines(file, StandardCharsets.UTF_8).get(0)).getAsJsonObject();
		List<String> spans = new ArrayList<>();
		hard.getAsJsonArray("spans").forEach(span -> spans.add(span.getAsJsonObject().get("start") + "-" + span.getAsJsonObject().get("end")));
		// محمّد before any emoji; 🇮🇶 after one emoji, two code points in four UTF-16 units; القاهرة after three emoji.
		assertTrue(spans.containsAll(List.of("12-17", "54-56", "99-106")), spans.toString());
	}

	@Test
	void aSpanBoundaryBetweenTheHalvesOfAnEmojiIsWidenedToTheEmojiAndReported() throws Exception {
		String text = "😀بغداد";
		ExportedArticle article = new ExportedArticle("080_half", "😀بغداد", URI.create("file:/080_half.txt"), "ar", text, "gold",
				List.of(new ExportedSpan(1, 7, "LOC", "manual", null)));

		try (CorpusExport export = CorpusExport.prepare("half", List.of(article), ExportFormat.JSONL, false)) {
			assertEquals(List.of(new LossReport.Finding(LossReport.Kind.SPAN_SPLITTING_CHARACTER, 1, List.of(new LossReport.Example("080_half", 1, 7, text.substring(1))))),
					export.lossReport().findings());
			export.write(folder, false, ExportProgress.NONE);
		}

		JsonObject span = JsonParser.parseString(Files.readString(folder.resolve("half.jsonl"), StandardCharsets.UTF_8).strip()).getAsJsonObject()
				.getAsJsonArray("spans").get(0).getAsJsonObject();
		assertEquals(0, span.get("start").getAsInt());
		assertEquals(6, span.get("end").getAsInt());
	}

	/** Asserts that {@code file} has one line per article, in order, with its id, text and spans. */
	private static void assertSameArticles(List<LabeledText> articles, Path file) throws Exception {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertEquals(articles.size(), lines.size(), "one line per article");
		for (int index = 0; index < articles.size(); index++) {
			LabeledText article = articles.get(index);
			JsonObject line = JsonParser.parseString(lines.get(index)).getAsJsonObject();
			assertEquals(article.id(), line.get("id").getAsString());
			String text = line.get("text").getAsString();
			assertEquals(article.text(), text);
			int[] codePoints = text.codePoints().toArray();
			List<String> read = new ArrayList<>();
			for (JsonElement element : line.getAsJsonArray("spans")) {
				JsonObject span = element.getAsJsonObject();
				int start = span.get("start").getAsInt();
				int end = span.get("end").getAsInt();
				read.add(span.get("label").getAsString() + " " + new String(codePoints, start, end - start));
			}
			assertEquals(article.spans().stream().map(span -> span.label() + " " + article.covered(span)).toList(), read, article.id());
		}
	}
}
