"""The workbench inside this Python process: one JVM per process (JPype) and, in it, the
distribution's features booted in Felix the way ``./sorn`` boots them."""

import atexit
import os
import shlex
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

_DEBIAN_PACKAGES = "/usr/lib/python3/dist-packages"
_FRONT = "org.sorn.python.PythonFront"
_SERVICE_WAIT_MS = 60_000


def _import_jpype():
    """JPype, from this interpreter's packages or else from Debian's python3-jpype."""
    try:
        import jpype
        import jpype.nio  # noqa: F401
        return jpype
    except ImportError:
        pass
    if not os.path.isdir(os.path.join(_DEBIAN_PACKAGES, "jpype")):
        raise ImportError(
            "sorn_workbench needs JPype: install python3-jpype (Debian, Ubuntu) or JPype1 (pip)")
    # Debian's JPype is built for CPython 3.11 and loads in another 3.11 too; only it is taken
    # from there (the path is appended and removed), so this interpreter's numpy stays in use
    sys.path.append(_DEBIAN_PACKAGES)
    try:
        import jpype
        import jpype.nio  # noqa: F401
    finally:
        sys.path.remove(_DEBIAN_PACKAGES)
    return jpype


jpype = _import_jpype()


class NotBuiltError(FileNotFoundError):
    """No built workbench was found for this process."""


def source_tree():
    """The SORN Workbench clone this package sits in (``PYTHONPATH=python``), or None."""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "sorn").is_file() and (root / "pom.xml").is_file() else None


def workbench_home():
    """The workbench folder: ``$SORN_HOME``, else the build of the source tree (built when
    missing, as ``./sorn`` does)."""
    configured = os.environ.get("SORN_HOME")
    if configured:
        home = Path(configured).expanduser().resolve()
        if not (home / "lib" / "sorn-launcher.jar").is_file():
            raise NotBuiltError(
                f"SORN_HOME={configured} is not a built workbench: it has no lib/sorn-launcher.jar")
        return home
    tree = source_tree()
    if tree is None:
        raise NotBuiltError(
            "no SORN Workbench found: set SORN_HOME to a built workbench "
            "(distribution/target/sorn-workbench of a clone built with mvn -q -DskipTests install)")
    home = tree / "distribution" / "target" / "sorn-workbench"
    if not (home / "lib" / "sorn-launcher.jar").is_file():
        print("sorn_workbench: the workbench is not built yet; building it first "
              "(mvn -q -B -DskipTests install)", file=sys.stderr)
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "-f", str(tree / "pom.xml"), "install"],
                       stdout=sys.stderr, check=True)
    return home


def _support_jar():
    """JPype's own jar: next to its native module (pip), or where Debian installs it."""
    import _jpype
    for candidate in (Path(_jpype.__file__).parent / "org.jpype.jar",
                      Path("/usr/share/java/org.jpype.jar")):
        if candidate.is_file():
            return str(candidate)
    return None


def _java_release(jvm_library):
    """The feature release of the JVM whose library this is, from its release file (0: unknown)."""
    for folder in Path(jvm_library).resolve().parents:
        release = folder / "release"
        if release.is_file():
            for line in release.read_text(errors="replace").splitlines():
                if line.startswith("JAVA_VERSION="):
                    digits = line.split("=", 1)[1].strip('"').split(".")[0]
                    return int(digits) if digits.isdigit() else 0
    return 0


_lock = threading.RLock()


def heap_options(given):
    """The JVM options of JAVA_OPTS, after -Xms1g unless they size the heap themselves.

    A heap that starts at 1 GiB: JPype asks the JVM for a full collection several times a second
    of a step-per-call loop, and a heap left to its default size is shrunk and grown again each
    time (a Trainer.run(timesteps=1) loop at ne = 200 made 1,150 calls/s so, 1,820-1,960 with it).
    """
    sized = any(o.startswith(("-Xms", "-Xmx", "-XX:InitialHeapSize", "-XX:MaxHeapSize"))
                for o in given)
    return list(given) if sized else ["-Xms1g", *given]


def start_jvm(home):
    """Starts the JVM of this process once, with the workbench's launcher on its class path."""
    with _lock:
        if jpype.isJVMStarted():
            try:
                jpype.JClass("org.sorn.launcher.EmbeddedWorkbench")
            except Exception:
                raise RuntimeError(
                    "the JVM of this process was started without SORN Workbench on its class path: "
                    "import sorn_workbench before other JPype users") from None
            return
        jvm = jpype.getDefaultJVMPath()
        options = ["-Djava.awt.headless=true", f"-Dsorn.home={home}"]
        if _java_release(jvm) >= 23:
            # Java 23+ warns about Felix's use of sun.misc.Unsafe; Java 17 refuses the flag
            options.append("--sun-misc-unsafe-memory-access=allow")
        options += heap_options(shlex.split(os.environ.get("JAVA_OPTS", "")))
        classpath = [str(home / "lib" / "sorn-launcher.jar")]
        support = _support_jar()
        if support:
            classpath.append(support)
        # interrupt=False: Ctrl-C reaches Python (KeyboardInterrupt), not the JVM's exit
        jpype.startJVM(jvm, *options, classpath=classpath, interrupt=False, convertStrings=False)


class Booted:
    """One framework: the features booted and the Python front's service in it."""

    def __init__(self, home, features):
        start_jvm(home)
        embedded = jpype.JClass("org.sorn.launcher.EmbeddedWorkbench")
        with java_errors():
            self._framework = embedded.boot(str(home), ",".join(features))
            try:
                self.front = self._framework.service(_FRONT, _SERVICE_WAIT_MS)
            except BaseException:
                self._framework.close()
                raise
        self.home = home
        self.features = tuple(features)

    def close(self):
        framework, self._framework = self._framework, None
        if framework is not None and jpype.isJVMStarted():
            framework.close()


_default = None


def default_front():
    """The front of the process-wide workbench that Simulator, Trainer, Statistics and Plotter
    use: booted on first use with the default feature, stopped when Python exits."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Booted(workbench_home(), ["default"])
                atexit.register(_close_default)
    return _default.front


def _close_default():
    global _default
    booted, _default = _default, None
    if booted is not None:
        booted.close()


_ERRORS = {
    "java.lang.IllegalArgumentException": ValueError,
    "java.lang.NumberFormatException": ValueError,
    "java.lang.IndexOutOfBoundsException": IndexError,
    "java.lang.ArrayIndexOutOfBoundsException": IndexError,
    "java.nio.file.NoSuchFileException": FileNotFoundError,
    "java.io.FileNotFoundException": FileNotFoundError,
    "java.nio.file.AccessDeniedException": PermissionError,
    "java.io.IOException": OSError,
    "java.io.UncheckedIOException": OSError,
    "java.lang.InterruptedException": KeyboardInterrupt,
}


def translated(error):
    """The Python exception for a Java one: its one-line message, the class of its kind."""
    java_class = error.getClass()
    name = str(java_class.getName())
    message = error.getMessage()
    text = str(message) if message is not None else name.rsplit(".", 1)[-1]
    kind = _ERRORS.get(name)
    while kind is None and java_class is not None:
        java_class = java_class.getSuperclass()
        kind = _ERRORS.get(str(java_class.getName())) if java_class is not None else None
    return (kind or RuntimeError)(text)


@contextmanager
def java_errors():
    """Turns a Java exception raised inside into its Python exception (no Java stack trace)."""
    try:
        yield
    except jpype.JException as error:
        raise translated(error) from None


def direct_buffer(array):
    """A Java direct ByteBuffer over the memory of a C-contiguous, writable numpy array."""
    return jpype.nio.convertToDirectBuffer(array)
