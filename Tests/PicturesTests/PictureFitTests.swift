import Pictures
import TerminalKit
import Testing

@Suite struct PictureFitTests {
  let cell = Size(width: 10, height: 20)

  @Test func aWidePhotoTakesTheWholeWidth() {
    // 400x100 pixels in 40 columns of 10 pixels: 400 pixels wide, 100 high, 5 rows of 20.
    #expect(
      PictureFit.cells(width: 400, height: 100, in: Size(width: 40, height: 10), cell: cell)
        == Size(width: 40, height: 5))
  }

  @Test func aTallPhotoTakesTheWholeHeight() {
    // 100x400 in 10 rows of 20 pixels: 200 pixels high, so 50 wide, 5 columns.
    #expect(
      PictureFit.cells(width: 100, height: 400, in: Size(width: 40, height: 10), cell: cell)
        == Size(width: 5, height: 10))
  }

  @Test func nothingFitsInNoRoom() {
    #expect(
      PictureFit.cells(width: 100, height: 100, in: Size(width: 0, height: 10), cell: cell)
        == Size(width: 0, height: 0))
    #expect(
      PictureFit.cells(width: 0, height: 100, in: Size(width: 10, height: 10), cell: cell)
        == Size(width: 0, height: 0))
  }
}
