package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectTest {

	@TempDir
	Path folder;

	@Test
	void openingTheSampleGivesFourArticlesWithTheirExactTexts() throws IOException {
		SampleProject.create(folder);

		ProjectFolder project = ProjectFolder.open(folder);

		List<Article> articles = project.project().getArticles();
		assertEquals(List.of("000_df7c512f7a4e0d6d", "001_8756b9d378ace8d0", "002_dffb4178da75e884", "004_868dc79e6d220d2a"),
				articles.stream().map(Article::getId).toList());
		for (Article article : articles) {
			String fileContent = new String(Files.readAllBytes(folder.resolve(article.getId() + ".txt")), StandardCharsets.UTF_8);
			assertEquals(fileContent, article.getText(), "text of " + article.getId());
			assertEquals("ar", article.getLanguage());
		}
		assertTrue(project.problems().isEmpty(), () -> "problems: " + project.problems());
	}

	@Test
	void theGoldSpansAreTheFinishedWorkOfTheGoldAnnotator() throws IOException {
		SampleProject.create(folder);

		ProjectFolder project = ProjectFolder.open(folder);

		Annotator gold = project.annotator(SampleCorpus.GOLD_ANNOTATOR);
		List<Integer> spanCounts = project.project().getArticles().stream()
				.map(article -> project.findAnnotationSet(article, gold).orElseThrow())
				.peek(set -> assertEquals(AnnotationStatus.FINISHED, set.getStatus()))
				.map(set -> set.getSpans().size())
				.toList();
		assertEquals(List.of(116, 66, 59, 156), spanCounts);
	}

	@Test
	void theDefaultLabelSetHasFourLabelsWithDistinctColoursAndHotkeys() throws IOException {
		ProjectFolder project = SampleProject.create(folder);

		var labels = project.project().getLabelSets().get(0).getLabels();
		assertEquals(List.of("PER", "ORG", "LOC", "DATE"), labels.stream().map(label -> label.getName()).toList());
		assertEquals(4, labels.stream().map(label -> label.getColour()).distinct().count());
		assertEquals(4, labels.stream().map(label -> label.getHotkey()).distinct().count());
	}
}
