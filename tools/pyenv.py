"""The one Python environment every tools/ script runs in (never a dependency of eptc).

`.venv-bench` at the repository root (git-ignored): torch==2.13.0+cpu (pip finds the local wheel
through its configured find-links), transformers, safetensors, numpy, peft and sentencepiece.
A script calls `pyenv.reexec()` first: under any other interpreter it creates the environment when
it is missing or incomplete and runs itself again inside it.

    sys.path.insert(0, "<root>/tools"); import pyenv; pyenv.reexec()
"""
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
VENV = os.path.join(ROOT, ".venv-bench")
PYTHON = os.path.join(VENV, "bin", "python")
PACKAGES = ["torch==2.13.0+cpu", "transformers", "safetensors", "numpy", "peft", "sentencepiece"]
MODULES = "import torch, transformers, safetensors, numpy, peft, sentencepiece"


def ensure():
    """The environment's python, created or completed first when needed."""
    probe = [PYTHON, "-c", MODULES]
    if os.path.exists(PYTHON) and subprocess.run(probe, capture_output=True).returncode == 0:
        return PYTHON
    if not os.path.exists(PYTHON):
        print(f"creating {VENV} (PyTorch CPU, transformers, peft: tools only, never a dependency of eptc)", flush=True)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([PYTHON, "-m", "pip", "install", "-q", *PACKAGES], check=True)
    return PYTHON


def reexec():
    """Runs the calling script inside the environment (no-op when already there)."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    python = ensure()
    os.execv(python, [python, *sys.argv])


def versions():
    """What produced a fixture or a measurement: torch, transformers, peft."""
    import peft
    import torch
    import transformers
    return {"torch": torch.__version__, "transformers": transformers.__version__, "peft": peft.__version__}
