package org.sorn.shell;

import java.io.IOException;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The UNIX domain socket file of the console server: claimed at start (replacing one left by a
 * server that was killed), removed at exit. Whoever can connect to it can run any command as the
 * server's user, so it is made owner-only (0600, and its folder 0700 when the server makes it),
 * whatever the umask; the server also checks who connects ({@link #peer}).
 */
final class SocketFile {
  private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_SOCKET = PosixFilePermissions.fromString("rw-------");

  /** Another server answers on the socket. */
  static final class InUse extends Exception {
    private static final long serialVersionUID = 1L;

    InUse() {
      super(null, null, false, false);
    }
  }

  /**
   * Listens on {@code socket}, creating its folder.
   *
   * @throws InUse when a live server answers there
   * @throws IOException when the file cannot be made a socket, with a message for people
   */
  static ServerSocketChannel listen(Path socket) throws InUse, IOException {
    Path parent = socket.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
      // a folder of its own: no one else may even look in (chmod, which no umask masks)
      Files.setPosixFilePermissions(parent, OWNER_FOLDER);
    }
    if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      if (!isSocket(socket)) {
        throw new IOException("exists and is not a socket");
      }
      if (answers(socket)) {
        throw new InUse();
      }
      // no one answers: a server was killed before it could remove its socket
      Files.deleteIfExists(socket);
    }
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(socket));
      Files.setPosixFilePermissions(socket, OWNER_SOCKET);
      return server;
    } catch (BindException e) {
      server.close();
      // another server claimed the file between our check and our bind
      if (answers(socket)) {
        throw new InUse();
      }
      throw e;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The user who owns the socket file: the server's own, whom {@link #peer} must match. */
  static UserPrincipal owner(Path socket) throws IOException {
    return Files.getOwner(socket, LinkOption.NOFOLLOW_LINKS);
  }

  /** The user of the process at the other end of a connection (SO_PEERCRED). */
  static UserPrincipal peer(SocketChannel client) throws IOException {
    UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
    return peer.user();
  }

  /** Removes the socket file; a server that is gone leaves nothing behind. */
  static void remove(Path socket) {
    try {
      if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS) && isSocket(socket)) {
        Files.delete(socket);
      }
    } catch (IOException e) {
      // a file left behind is replaced by the next server
    }
  }

  private static boolean isSocket(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .isOther();
  }

  /** Whether a server accepts a connection on the socket. */
  static boolean answers(Path socket) {
    try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private SocketFile() {}
}
