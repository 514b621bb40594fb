//go:build !purego

#include "textflag.h"

// func addRowsAVX2(acc *int32, w *int16, rows *uint32, n int, width int)
TEXT ·addRowsAVX2(SB), NOSPLIT, $0-40
	MOVQ acc+0(FP), DI
	MOVQ w+8(FP), SI
	MOVQ rows+16(FP), BX
	MOVQ n+24(FP), CX
	MOVQ width+32(FP), DX
	XORQ R9, R9 // first class of the chunk

chunk:
	CMPQ R9, DX
	JGE  done
	VMOVDQU (DI)(R9*4), Y1
	LEAQ (SI)(R9*2), R10 // w + the chunk's first class
	XORQ R11, R11        // row

row:
	CMPQ R11, CX
	JGE  store
	MOVL (BX)(R11*4), AX
	VPMOVSXWD (R10)(AX*2), Y0
	VPADDD Y0, Y1, Y1
	INCQ R11
	JMP  row

store:
	VMOVDQU Y1, (DI)(R9*4)
	ADDQ $8, R9
	JMP  chunk

done:
	VZEROUPPER
	RET
