package org.hashiya.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.hashiya.core.io.TextFiles;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;

/** Creates articles from text files and fingerprints their texts. */
public final class Articles {

	/** File extension of article texts in an annotation project. */
	public static final String EXTENSION = ".txt";

	private static final int MAX_TITLE_LENGTH = 120;

	private Articles() {
	}

	/**
	 * Reads an article from a UTF-8 text file; its id is the file name without {@code .txt}, its
	 * title the first non-blank line.
	 */
	public static Article read(Path file) throws IOException {
		String text = TextFiles.readUtf8(file);
		String fileName = file.getFileName().toString();
		Article article = HashiyaFactory.eINSTANCE.createArticle();
		article.setId(fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName);
		article.setSource(fileName);
		article.setTitle(titleOf(text));
		article.setText(text);
		article.setTextHash(hash(text));
		return article;
	}

	/** @return the SHA-256 of the text's UTF-8 bytes as lower-case hex */
	public static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", e);
		}
	}

	private static String titleOf(String text) {
		String firstLine = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
		if (firstLine.length() <= MAX_TITLE_LENGTH) {
			return firstLine;
		}
		int cut = firstLine.lastIndexOf(' ', MAX_TITLE_LENGTH);
		return firstLine.substring(0, cut > 0 ? cut : MAX_TITLE_LENGTH) + "…";
	}
}
