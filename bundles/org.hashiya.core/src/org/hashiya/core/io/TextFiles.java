package org.hashiya.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads article texts exactly: strict UTF-8, line endings untouched. */
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
		byte[] bytes = Files.readAllBytes(file);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new InvalidTextFileException(file, String.format(
					"%s is not valid UTF-8: byte %d (0x%02X) cannot start or continue a character. Save the file as UTF-8 and open it again.",
					file, in.position(), bytes[in.position()] & 0xFF));
		}
		decoder.flush(out);
		out.flip();
		if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
			out.position(1);
		}
		return out.toString();
	}
}
