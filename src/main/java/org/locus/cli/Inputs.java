package org.locus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the files named on the command line: at most {@link #MAX_SIZE} bytes, and only UTF-8 text, so that a wrong
 * file (a spreadsheet, a file saved as UTF-16, a disk image) is turned away in one clear line before anything else
 * runs, and never by running out of memory.
 */
final class Inputs {

    /** The largest file of answers the command line reads: 16 MB, far above any region's answers. */
    static final int MAX_SIZE = 16 * 1024 * 1024;

    private Inputs() {
    }

    /** The file's bytes, checked to be UTF-8 text of at most {@link #MAX_SIZE} bytes, without a byte order mark. */
    static byte[] read(Path file) {
        return text(file.toString(), bytes(file));
    }

    private static byte[] bytes(Path file) {
        try {
            if (file.toString().equals("-")) {
                return bounded("standard input", System.in);
            }
            if (Files.isDirectory(file)) {
                throw new InputException(file + " is a folder, not a file of answers");
            }
            if (Files.size(file) > MAX_SIZE) {
                throw tooLarge(file.toString());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return bounded(file.toString(), in); // it may have grown since
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static byte[] bounded(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_SIZE + 1);
        if (bytes.length > MAX_SIZE) {
            throw tooLarge(name);
        }
        return bytes;
    }

    private static InputException tooLarge(String name) {
        return new InputException(name + " is larger than " + MAX_SIZE / (1024 * 1024)
                + " MB, the most the command line reads; an answers document is a few KB");
    }

    static byte[] text(String name, byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new InputException(name + " is UTF-16 (or UTF-32) text; save it as UTF-8");
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new InputException(name + " is UTF-32 text; save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name + " is not text (a zero byte at offset " + i
                        + "): expected a JSON answers document in UTF-8");
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            utf8.decode(buffer);
        } catch (CharacterCodingException e) {
            throw new InputException(name + " is not UTF-8 text (a byte that UTF-8 does not allow near offset "
                    + buffer.position() + "); save it as UTF-8");
        }
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
