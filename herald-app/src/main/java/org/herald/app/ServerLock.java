package org.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.herald.core.ContractJson;
import org.jspecify.annotations.Nullable;

/**
 * The file by which a serving process says that it owns an embedded store: its process id,
 * the address of its API and its token, in {@code herald-server.json} in the data directory
 * (readable by its owner only). Commands that find it work through the API; it is deleted when
 * the server stops, and one left by a killed server is ignored.
 */
final class ServerLock implements AutoCloseable {
  static final String FILE = "herald-server.json";

  /** A running server as its lock file describes it. */
  record Found(long pid, String url, @Nullable String token) {}

  private final Path file;

  private ServerLock(Path file) {
    this.file = file;
  }

  /** Writes the lock file for this process. */
  static ServerLock write(Path dataDir, String url, @Nullable String token) {
    Path file = dataDir.resolve(FILE);
    ObjectNode o = ContractJson.mapper().createObjectNode();
    o.put("pid", ProcessHandle.current().pid());
    o.put("url", url);
    if (token != null) {
      o.put("token", token);
    }
    try {
      Path tmp = Files.createTempFile(dataDir, "herald-server", ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the directory's permissions protect it
      }
      Files.writeString(tmp, o.toString(), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new org.herald.core.HeraldException(org.herald.core.ErrorCode.UNREADABLE,
          file + ": cannot write the server's lock file: " + e.getMessage(), e);
    }
    return new ServerLock(file);
  }

  /** The server that owns the store in {@code dataDir}, if one is running. */
  static Optional<Found> read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode n = ContractJson.mapper().readTree(file.toFile());
      long pid = n.path("pid").asLong(-1);
      if (pid < 0 || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        Files.deleteIfExists(file);
        return Optional.empty();
      }
      return Optional.of(new Found(pid, n.path("url").asText(),
          n.hasNonNull("token") ? n.get("token").asText() : null));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    try {
      JsonNode n = ContractJson.mapper().readTree(file.toFile());
      if (n.path("pid").asLong() == ProcessHandle.current().pid()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // gone already
    }
  }
}
