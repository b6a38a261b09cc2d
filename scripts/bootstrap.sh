#!/usr/bin/env bash
# BatchStation set-up for a fresh Debian 12 machine (run as root or as a sudoer).
#   scripts/bootstrap.sh run    install what is missing, build, start the app (demo mode)
#   scripts/bootstrap.sh test   install what is missing, build, run every test
# Extra arguments after `run` go to batchstation (e.g. --kiosk, --db F --key-file K).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
shift || true

# Everything the build, the app and the tests need, from Debian 12 packages only.
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-serialport-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
    libsqlcipher-dev sqlcipher libssl-dev libspdlog-dev libfmt-dev
    libeigen3-dev libboost-math-dev libmuparser-dev libhidapi-dev
    libpq-dev postgresql openssl libxml2-utils poppler-utils
    clang libclang-rt-14-dev
    # scikit-learn: bench_mva times PCA and scoring against it side by side (the MVA
    # reference files themselves are committed; tests only read them).
    python3-sklearn
    fonts-dejavu-core
    # Qt Virtual Keyboard in the Widgets application (QT_IM_MODULE=qtvirtualkeyboard,
    # set by --kiosk): the input context plugin, its QML module and the QML modules it
    # imports; Xvfb for the test that shows it on a real X server.
    qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard qml6-module-qtquick
    qml6-module-qtquick-window qml6-module-qtquick-layouts qml6-module-qtqml-workerscript
    qml6-module-qt-labs-folderlistmodel xvfb xauth
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            "${missing[@]}"
    fi
}

build() {
    cmake --preset release -S "$here" >/dev/null
    cmake --build "$here/build/release" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_missing
    build
    exec "$here/build/release/app/batchstation/batchstation" "$@"
    ;;
test)
    install_missing
    build
    # libFuzzer targets (clang, ASan + UBSan), a short run each; then every Qt Test
    # suite, whose summary closes the output.
    "$here/tests/fuzz/run-fuzzers.sh" "${BATCH_FUZZ_SECONDS:-30}"
    cd "$here/build/release"
    ctest --output-on-failure --timeout 900
    ;;
*)
    echo "usage: $0 run|test [batchstation options]" >&2
    exit 2
    ;;
esac
