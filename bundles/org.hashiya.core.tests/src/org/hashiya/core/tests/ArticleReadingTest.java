package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReadingTest {

	@TempDir
	Path folder;

	@Test
	void aFileThatIsNotUtf8IsRefusedByNameAndNothingIsCreated() throws IOException {
		Files.writeString(folder.resolve("good.txt"), "نص سليم", StandardCharsets.UTF_8);
		Files.write(folder.resolve("cp1256.txt"), "نص بترميز ويندوز".getBytes(Charset.forName("windows-1256")));

		InvalidTextFileException error = assertThrows(InvalidTextFileException.class, () -> ProjectFolder.create(folder, "broken"));

		assertEquals(folder.resolve("cp1256.txt"), error.file());
		assertTrue(error.getMessage().contains("cp1256.txt") && error.getMessage().contains("not valid UTF-8"), error.getMessage());
		assertFalse(ProjectFolder.isProject(folder), "no project file may be written when an article is refused");
	}

	@Test
	void aByteOrderMarkIsDroppedAndLineEndingsAreKeptExactly() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = "السطر الأول\r\nالسطر الثاني\nالثالث\r".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(body, 0, content, bom.length, body.length);
		Files.write(folder.resolve("mixed.txt"), content);

		Article article = ProjectFolder.create(folder, "endings").article("mixed").orElseThrow();

		assertEquals("السطر الأول\r\nالسطر الثاني\nالثالث\r", article.getText());
		assertEquals("السطر الأول", article.getTitle());
	}

	@Test
	void aFileCutInTheMiddleOfACharacterIsRefused() throws IOException {
		byte[] whole = "سلام".getBytes(StandardCharsets.UTF_8);
		byte[] cut = new byte[whole.length - 1];
		System.arraycopy(whole, 0, cut, 0, cut.length);
		Files.write(folder.resolve("cut.txt"), cut);

		InvalidTextFileException error = assertThrows(InvalidTextFileException.class, () -> ProjectFolder.create(folder, "cut"));

		assertTrue(error.getMessage().contains("cut.txt"), error.getMessage());
	}
}
