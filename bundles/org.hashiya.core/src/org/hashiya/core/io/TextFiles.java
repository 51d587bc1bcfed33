package org.hashiya.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads article texts exactly: strict decoding, line endings untouched. */
public final class TextFiles {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private TextFiles() {
	}

	/**
	 * Reads a UTF-8 file (with or without a byte order mark, which is dropped) without changing a
	 * single character: CR LF stays CR LF, so offsets match what the user sees in the file.
	 *
	 * @throws InvalidTextFileException if the bytes are not valid UTF-8; nothing is guessed or replaced
	 */
	public static String readUtf8(Path file) throws IOException {
		String text = decode(file, Files.readAllBytes(file), 0, StandardCharsets.UTF_8, "Save the file as UTF-8 and open it again.");
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	/**
	 * Decodes {@code bytes} from {@code start} on, exactly: nothing is guessed or replaced.
	 *
	 * @param file   the file the bytes come from, named in the error
	 * @param advice what the user can do when the bytes are not in {@code charset}, ending the error message
	 * @throws InvalidTextFileException naming the file and the offset of the first byte that is not a
	 *                                  character in {@code charset}
	 */
	public static String decode(Path file, byte[] bytes, int start, Charset charset, String advice) throws InvalidTextFileException {
		CharsetDecoder decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()));
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = Math.min(in.position(), bytes.length - 1);
			throw new InvalidTextFileException(file, String.format("%s is not valid %s: byte %d (0x%02X) cannot start or continue a character. %s",
					file, charset.name(), offset, bytes[offset] & 0xFF, advice));
		}
		out.flip();
		return out.toString();
	}
}
