package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads one format into articles, checking what only the format knows (its syntax, its offsets). */
interface CorpusReader {

	/**
	 * @throws org.hashiya.core.io.InvalidTextFileException naming the file, the line or element, and the problem
	 */
	List<ImportedArticle> read(Path input, ReadContext context) throws IOException;
}
