package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hashiya.core.GoldSpansImporter;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSpansImporterTest {

	@TempDir
	Path folder;

	@TempDir
	Path gold;

	@Test
	void spansBeyondTheTextAreRefusedWithFileAndLineAndNothingIsImported() throws IOException {
		ProjectFolder project = projectWithGold();
		Path broken = gold.resolve("004_868dc79e6d220d2a.spans.tsv");
		Files.writeString(broken, Files.readString(broken) + "99000\t99005\tLOC\tبعيد\n");

		InvalidTextFileException error = assertThrows(InvalidTextFileException.class,
				() -> GoldSpansImporter.importFolder(project, gold, "gold"));

		assertTrue(error.getMessage().contains("004_868dc79e6d220d2a.spans.tsv line 158"), error.getMessage());
		assertFalse(Files.exists(folder.resolve(ProjectFolder.ANNOTATIONS)), "a failed import writes nothing");
		assertTrue(project.project().getArticles().stream().allMatch(article -> article.getAnnotationSets().isEmpty()));
	}

	@Test
	void spansWhoseTextDoesNotMatchTheArticleAreRefused() throws IOException {
		ProjectFolder project = projectWithGold();
		Path shifted = gold.resolve("000_df7c512f7a4e0d6d.spans.tsv");
		Files.writeString(shifted, Files.readString(shifted).replaceFirst("\n4\t20\t", "\n5\t21\t"));

		InvalidTextFileException error = assertThrows(InvalidTextFileException.class,
				() -> GoldSpansImporter.importFolder(project, gold, "gold"));

		assertTrue(error.getMessage().contains("line 2") && error.getMessage().contains("الولايات المتحدة"), error.getMessage());
	}

	private ProjectFolder projectWithGold() throws IOException {
		SampleCorpus.copyArticlesTo(folder);
		SampleCorpus.copyGoldSpansTo(gold);
		return ProjectFolder.create(folder, "import");
	}
}
