package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.hashiya.core.Assignments;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentsTest {

	private static final String ARTICLE_000 = "000_df7c512f7a4e0d6d";
	private static final String ARTICLE_001 = "001_8756b9d378ace8d0";

	@TempDir
	Path folder;

	private ProjectFolder project;

	@BeforeEach
	void openSampleProject() throws IOException {
		project = SampleProject.create(folder);
	}

	@Test
	void aProjectWithoutTheFileHasNoAssignments() throws IOException {
		Assignments assignments = Assignments.of(project);

		assertTrue(assignments.isEmpty());
		assertEquals(Set.of(), assignments.annotatorsOf(article(ARTICLE_001)));
	}

	@Test
	void theLeadsFileSaysWhoAnnotatesWhat() throws IOException {
		write("# who annotates what\n" + ARTICLE_001 + "\tamal\n" + ARTICLE_001 + "\tbilal\n\n" + ARTICLE_000 + "\tamal\n");

		Assignments assignments = Assignments.of(project);

		assertEquals(List.of(ARTICLE_000, ARTICLE_001), assignments.articlesOf("amal"));
		assertEquals(List.of(ARTICLE_001), assignments.articlesOf("bilal"));
		assertEquals(Set.of("amal", "bilal"), assignments.annotatorsOf(article(ARTICLE_001)));
		assertTrue(assignments.isAssigned(article(ARTICLE_000), "amal"));
		assertFalse(assignments.isAssigned(article(ARTICLE_000), "bilal"));
	}

	@Test
	void savedAssignmentsAreSortedSoThatTwoLeadsAddingLinesMergeInGit() throws IOException {
		Assignments.of(project).with(article(ARTICLE_001), "bilal").with(article(ARTICLE_000), "amal").with(article(ARTICLE_001), "amal").save(project);

		assertEquals("# article\tannotator\n" + ARTICLE_000 + "\tamal\n" + ARTICLE_001 + "\tamal\n" + ARTICLE_001 + "\tbilal\n", read());
		assertEquals(List.of(ARTICLE_001), Assignments.of(project).articlesOf("bilal"));
	}

	@Test
	void aLineNamingNoArticleOfTheProjectIsAnErrorNamingTheFileAndLine() throws IOException {
		write(ARTICLE_001 + "\tamal\n999_missing\tamal\n");

		InvalidTextFileException error = assertThrows(InvalidTextFileException.class, () -> Assignments.of(project));

		assertTrue(error.getMessage().contains(Assignments.FILE + " line 2"), error.getMessage());
		assertTrue(error.getMessage().contains("no article '999_missing'"), error.getMessage());
	}

	@Test
	void aLineWithoutATabOrWithABadNameIsAnErrorNamingTheLine() throws IOException {
		write(ARTICLE_001 + " amal\n");
		assertTrue(assertThrows(InvalidTextFileException.class, () -> Assignments.of(project)).getMessage().contains("line 1: expected an article id and an annotator name"));

		write(ARTICLE_001 + "\t../amal\n");
		assertTrue(assertThrows(InvalidTextFileException.class, () -> Assignments.of(project)).getMessage().contains("line 1: '../amal' cannot name an annotator"));
	}

	private Article article(String id) {
		return project.article(id).orElseThrow();
	}

	private void write(String content) throws IOException {
		Files.writeString(folder.resolve(Assignments.FILE), content, StandardCharsets.UTF_8);
	}

	private String read() throws IOException {
		return Files.readString(folder.resolve(Assignments.FILE), StandardCharsets.UTF_8);
	}
}
