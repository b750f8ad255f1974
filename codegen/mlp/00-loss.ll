; ModuleID = 'mlp'
source_filename = "mlp"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_0(i8** %0) #0 {
entry:
  %1 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k1(i8* %1, i64 0, i64 8)
  %2 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k2(i8* %2, i64 0, i64 8)
  %3 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k3(i8* %3, i64 0, i64 1)
  %4 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k4(i8* %4, i64 0, i64 8)
  %5 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k5(i8* %5, i64 0, i64 8)
  %6 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k6(i8* %6, i64 0, i64 1)
  %7 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k7(i8* %7, i64 0, i64 1)
  %8 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k8(i8* %8, i64 0, i64 8)
  %9 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k9(i8* %9, i64 0, i64 8)
  %10 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k10(i8* %10, i64 0, i64 1)
  %11 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k11(i8* %11, i64 0, i64 1)
  %12 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k12(i8* %12, i64 0, i64 8)
  %13 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k13(i8* %13, i64 0, i64 8)
  %14 = getelementptr inbounds i8*, i8** %0, i64 26
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i32 24

valid:                                            ; preds = %exit
  %17 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k14(i8* %17, i64 0, i64 8)
  %18 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k15(i8* %18, i64 0, i64 1)
  ret i32 0

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %28, %checked ]
  %19 = icmp slt i64 %i, 8
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  %20 = getelementptr inbounds i32, i32* %16, i64 %i
  %21 = load i32, i32* %20, align 4
  %22 = icmp slt i32 %21, 0
  %23 = icmp sge i32 %21, 4
  %24 = or i1 %22, %23
  %25 = icmp eq i32 %21, -100
  %26 = xor i1 %25, true
  %27 = and i1 %24, %26
  br i1 %27, label %invalid, label %checked

exit:                                             ; preds = %loop
  br label %valid

checked:                                          ; preds = %body
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k1(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 25
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nounwind
define internal void @eptc_entry_0_k2(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 32
  %15 = add i64 0, %14
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k3(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %73, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %72, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float 0x3FA6E4E260000000, %19
  %21 = fmul float %20, %19
  %22 = fmul float %21, %19
  %23 = fadd float %19, %22
  %24 = fmul float 0x3FE9884540000000, %23
  %25 = call float @llvm.fabs.f32(float %24)
  %26 = fmul float %24, %24
  %27 = fmul float %25, %26
  %28 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %26, float 0x3F951F8CE0000000)
  %29 = call float @llvm.fmuladd.f32(float %28, float %26, float 0xBFAB835A40000000)
  %30 = call float @llvm.fmuladd.f32(float %29, float %26, float 0x3FC1106F60000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %26, float 0xBFD5555320000000)
  %32 = call float @llvm.fmuladd.f32(float %27, float %31, float %25)
  %33 = fmul float %25, -2.000000e+00
  %34 = fcmp oge float %33, -1.100000e+02
  %35 = select i1 %34, float %33, float -1.100000e+02
  %36 = fcmp ole float %35, 1.000000e+02
  %37 = select i1 %36, float %35, float 1.000000e+02
  %38 = fmul float %37, 0x3FF7154760000000
  %39 = call float @llvm.rint.f32(float %38)
  %40 = call float @llvm.fmuladd.f32(float %39, float 0xBFE6300000000000, float %37)
  %41 = call float @llvm.fmuladd.f32(float %39, float 0x3F2BD01060000000, float %40)
  %42 = fmul float %41, %41
  %43 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %41, float 0x3F81239880000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0x3FA5558AE0000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC5554920000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0x3FDFFFFFC0000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %41)
  %48 = fadd float %47, 1.000000e+00
  %49 = fptosi float %39 to i32
  %50 = ashr i32 %49, 1
  %51 = sub i32 %49, %50
  %52 = add i32 %50, 127
  %53 = shl i32 %52, 23
  %54 = bitcast i32 %53 to float
  %55 = fmul float %48, %54
  %56 = add i32 %51, 127
  %57 = shl i32 %56, 23
  %58 = bitcast i32 %57 to float
  %59 = fmul float %55, %58
  %60 = fcmp uno float %33, %33
  %61 = select i1 %60, float %33, float %59
  %62 = fsub float 1.000000e+00, %61
  %63 = fadd float 1.000000e+00, %61
  %64 = fdiv float %62, %63
  %65 = fcmp olt float %25, 6.250000e-01
  %66 = select i1 %65, float %32, float %64
  %67 = call float @llvm.copysign.f32(float %66, float %24)
  %68 = fmul float 5.000000e-01, %19
  %69 = fadd float 1.000000e+00, %67
  %70 = fmul float %68, %69
  %71 = getelementptr inbounds float, float* %6, i64 %16
  store float %70, float* %71, align 4
  %72 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %73 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #2

; Function Attrs: nounwind
define internal void @eptc_entry_0_k4(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 4
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 256
  %18 = mul i64 %i, 32
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 32
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 32
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 32
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k5(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 5
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  %18 = mul i64 %i, 32
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fadd float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k6(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %75, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %74, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @llvm.fabs.f32(float %26)
  %28 = fmul float %26, %26
  %29 = fmul float %27, %28
  %30 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %28, float 0x3F951F8CE0000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %28, float 0xBFAB835A40000000)
  %32 = call float @llvm.fmuladd.f32(float %31, float %28, float 0x3FC1106F60000000)
  %33 = call float @llvm.fmuladd.f32(float %32, float %28, float 0xBFD5555320000000)
  %34 = call float @llvm.fmuladd.f32(float %29, float %33, float %27)
  %35 = fmul float %27, -2.000000e+00
  %36 = fcmp oge float %35, -1.100000e+02
  %37 = select i1 %36, float %35, float -1.100000e+02
  %38 = fcmp ole float %37, 1.000000e+02
  %39 = select i1 %38, float %37, float 1.000000e+02
  %40 = fmul float %39, 0x3FF7154760000000
  %41 = call float @llvm.rint.f32(float %40)
  %42 = call float @llvm.fmuladd.f32(float %41, float 0xBFE6300000000000, float %39)
  %43 = call float @llvm.fmuladd.f32(float %41, float 0x3F2BD01060000000, float %42)
  %44 = fmul float %43, %43
  %45 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %43, float 0x3F81239880000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %43, float 0x3FA5558AE0000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %43, float 0x3FC5554920000000)
  %48 = call float @llvm.fmuladd.f32(float %47, float %43, float 0x3FDFFFFFC0000000)
  %49 = call float @llvm.fmuladd.f32(float %44, float %48, float %43)
  %50 = fadd float %49, 1.000000e+00
  %51 = fptosi float %41 to i32
  %52 = ashr i32 %51, 1
  %53 = sub i32 %51, %52
  %54 = add i32 %52, 127
  %55 = shl i32 %54, 23
  %56 = bitcast i32 %55 to float
  %57 = fmul float %50, %56
  %58 = add i32 %53, 127
  %59 = shl i32 %58, 23
  %60 = bitcast i32 %59 to float
  %61 = fmul float %57, %60
  %62 = fcmp uno float %35, %35
  %63 = select i1 %62, float %35, float %61
  %64 = fsub float 1.000000e+00, %63
  %65 = fadd float 1.000000e+00, %63
  %66 = fdiv float %64, %65
  %67 = fcmp olt float %27, 6.250000e-01
  %68 = select i1 %67, float %34, float %66
  %69 = call float @llvm.copysign.f32(float %68, float %26)
  %70 = fmul float 5.000000e-01, %21
  %71 = fadd float 1.000000e+00, %69
  %72 = fmul float %70, %71
  %73 = getelementptr inbounds float, float* %7, i64 %18
  store float %72, float* %73, align 4
  %74 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %75 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k7(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 4096
  %16 = add i64 %15, 4096
  %17 = icmp slt i64 %16, 256
  %18 = select i1 %17, i64 %16, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %29, %body2 ]
  %19 = icmp slt i64 %i4, %18
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = getelementptr inbounds float, float* %9, i64 %21
  %24 = load float, float* %23, align 4
  %25 = getelementptr inbounds float, float* %13, i64 %22
  %26 = load float, float* %25, align 4
  %27 = fadd float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %20
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k8(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 6
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 256
  %18 = mul i64 %i, 32
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 32
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 32
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 32
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k9(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 7
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  %18 = mul i64 %i, 32
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fadd float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k10(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %75, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %74, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @llvm.fabs.f32(float %26)
  %28 = fmul float %26, %26
  %29 = fmul float %27, %28
  %30 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %28, float 0x3F951F8CE0000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %28, float 0xBFAB835A40000000)
  %32 = call float @llvm.fmuladd.f32(float %31, float %28, float 0x3FC1106F60000000)
  %33 = call float @llvm.fmuladd.f32(float %32, float %28, float 0xBFD5555320000000)
  %34 = call float @llvm.fmuladd.f32(float %29, float %33, float %27)
  %35 = fmul float %27, -2.000000e+00
  %36 = fcmp oge float %35, -1.100000e+02
  %37 = select i1 %36, float %35, float -1.100000e+02
  %38 = fcmp ole float %37, 1.000000e+02
  %39 = select i1 %38, float %37, float 1.000000e+02
  %40 = fmul float %39, 0x3FF7154760000000
  %41 = call float @llvm.rint.f32(float %40)
  %42 = call float @llvm.fmuladd.f32(float %41, float 0xBFE6300000000000, float %39)
  %43 = call float @llvm.fmuladd.f32(float %41, float 0x3F2BD01060000000, float %42)
  %44 = fmul float %43, %43
  %45 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %43, float 0x3F81239880000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %43, float 0x3FA5558AE0000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %43, float 0x3FC5554920000000)
  %48 = call float @llvm.fmuladd.f32(float %47, float %43, float 0x3FDFFFFFC0000000)
  %49 = call float @llvm.fmuladd.f32(float %44, float %48, float %43)
  %50 = fadd float %49, 1.000000e+00
  %51 = fptosi float %41 to i32
  %52 = ashr i32 %51, 1
  %53 = sub i32 %51, %52
  %54 = add i32 %52, 127
  %55 = shl i32 %54, 23
  %56 = bitcast i32 %55 to float
  %57 = fmul float %50, %56
  %58 = add i32 %53, 127
  %59 = shl i32 %58, 23
  %60 = bitcast i32 %59 to float
  %61 = fmul float %57, %60
  %62 = fcmp uno float %35, %35
  %63 = select i1 %62, float %35, float %61
  %64 = fsub float 1.000000e+00, %63
  %65 = fadd float 1.000000e+00, %63
  %66 = fdiv float %64, %65
  %67 = fcmp olt float %27, 6.250000e-01
  %68 = select i1 %67, float %34, float %66
  %69 = call float @llvm.copysign.f32(float %68, float %26)
  %70 = fmul float 5.000000e-01, %21
  %71 = fadd float 1.000000e+00, %69
  %72 = fmul float %70, %71
  %73 = getelementptr inbounds float, float* %7, i64 %18
  store float %72, float* %73, align 4
  %74 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %75 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k11(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 4096
  %16 = add i64 %15, 4096
  %17 = icmp slt i64 %16, 256
  %18 = select i1 %17, i64 %16, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %29, %body2 ]
  %19 = icmp slt i64 %i4, %18
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = getelementptr inbounds float, float* %9, i64 %21
  %24 = load float, float* %23, align 4
  %25 = getelementptr inbounds float, float* %13, i64 %22
  %26 = load float, float* %25, align 4
  %27 = fadd float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %20
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k12(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 2
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 256
  %18 = mul i64 %i, 4
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 32
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 4
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 4
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k13(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 3
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4
  %17 = add i64 0, %16
  %18 = mul i64 %i, 4
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 4
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fadd float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k14(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 26
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 28
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %19, %join ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = getelementptr inbounds i32, i32* %10, i64 %i
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  br i1 %17, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %18 = mul i64 %i, 4
  br label %loop1

join:                                             ; preds = %exit7, %body
  %19 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %28, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %27, %body2 ]
  %20 = icmp slt i64 %i4, 4
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %18, %i4
  %22 = getelementptr inbounds float, float* %7, i64 %21
  %23 = load float, float* %22, align 4
  %24 = fcmp uno float %acc, %23
  %25 = fcmp ogt float %23, %acc
  %26 = select i1 %25, float %23, float %acc
  %27 = select i1 %24, float 0x7FF8000000000000, float %26
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %63, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %62, %body6 ]
  %29 = icmp slt i64 %i8, 4
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %18, %i8
  %31 = getelementptr inbounds float, float* %7, i64 %30
  %32 = load float, float* %31, align 4
  %33 = fsub float %32, %acc
  %34 = fcmp oge float %33, -1.100000e+02
  %35 = select i1 %34, float %33, float -1.100000e+02
  %36 = fcmp ole float %35, 1.000000e+02
  %37 = select i1 %36, float %35, float 1.000000e+02
  %38 = fmul float %37, 0x3FF7154760000000
  %39 = call float @llvm.rint.f32(float %38)
  %40 = call float @llvm.fmuladd.f32(float %39, float 0xBFE6300000000000, float %37)
  %41 = call float @llvm.fmuladd.f32(float %39, float 0x3F2BD01060000000, float %40)
  %42 = fmul float %41, %41
  %43 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %41, float 0x3F81239880000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0x3FA5558AE0000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC5554920000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0x3FDFFFFFC0000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %41)
  %48 = fadd float %47, 1.000000e+00
  %49 = fptosi float %39 to i32
  %50 = ashr i32 %49, 1
  %51 = sub i32 %49, %50
  %52 = add i32 %50, 127
  %53 = shl i32 %52, 23
  %54 = bitcast i32 %53 to float
  %55 = fmul float %48, %54
  %56 = add i32 %51, 127
  %57 = shl i32 %56, 23
  %58 = bitcast i32 %57 to float
  %59 = fmul float %55, %58
  %60 = fcmp uno float %33, %33
  %61 = select i1 %60, float %33, float %59
  %62 = fadd float %acc9, %61
  %63 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %64 = fcmp olt float %acc9, 0x3810000000000000
  %65 = fmul float %acc9, 0x4160000000000000
  %66 = select i1 %64, float %65, float %acc9
  %67 = bitcast float %66 to i32
  %68 = sub i32 %67, 1060439283
  %69 = ashr i32 %68, 23
  %70 = select i1 %64, i32 23, i32 0
  %71 = sub i32 %69, %70
  %72 = and i32 %68, 8388607
  %73 = add i32 %72, 1060439283
  %74 = bitcast i32 %73 to float
  %75 = fsub float %74, 1.000000e+00
  %76 = sitofp i32 %71 to float
  %77 = fmul float %75, %75
  %78 = fmul float %77, %75
  %79 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %75, float 0x3FC055EC60000000)
  %80 = call float @llvm.fmuladd.f32(float %79, float %75, float 0xBFC0D82420000000)
  %81 = call float @llvm.fmuladd.f32(float %80, float %75, float 0x3FC22D92E0000000)
  %82 = call float @llvm.fmuladd.f32(float %81, float %75, float 0xBFC54728A0000000)
  %83 = call float @llvm.fmuladd.f32(float %82, float %75, float 0x3FC99A01C0000000)
  %84 = call float @llvm.fmuladd.f32(float %83, float %75, float 0xBFD0002260000000)
  %85 = call float @llvm.fmuladd.f32(float %84, float %75, float 0x3FD5555540000000)
  %86 = fmul float -5.000000e-01, %77
  %87 = call float @llvm.fmuladd.f32(float %78, float %85, float %86)
  %88 = call float @llvm.fmuladd.f32(float %76, float 0xBF2BD01060000000, float %87)
  %89 = fadd float %88, %75
  %90 = call float @llvm.fmuladd.f32(float %76, float 0x3FE6300000000000, float %89)
  %91 = fcmp oeq float %acc9, 0.000000e+00
  %92 = select i1 %91, float 0xFFF0000000000000, float %90
  %93 = fcmp olt float %acc9, 0.000000e+00
  %94 = select i1 %93, float 0x7FF8000000000000, float %92
  %95 = fcmp oeq float %acc9, 0x7FF0000000000000
  %96 = select i1 %95, float %acc9, float %94
  %97 = fcmp uno float %acc9, %acc9
  %98 = select i1 %97, float %acc9, float %96
  %99 = sext i32 %16 to i64
  %100 = add i64 %18, %99
  %101 = getelementptr inbounds float, float* %7, i64 %100
  %102 = load float, float* %101, align 4
  %103 = fsub float %102, %acc
  %104 = fsub float %103, %98
  %105 = getelementptr inbounds float, float* %13, i64 %i
  store float %104, float* %105, align 4
  br label %join
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k15(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 26
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 27
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %23, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = getelementptr inbounds float, float* %9, i64 %i4
  %19 = load float, float* %18, align 4
  %20 = fsub float %acc, %19
  %21 = select i1 %17, float %20, float %acc
  %22 = zext i1 %17 to i64
  %23 = add i64 %acc5, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = icmp eq i64 %acc5, 0
  %26 = sitofp i64 %acc5 to float
  %27 = fdiv float %acc, %26
  %28 = select i1 %25, float 0.000000e+00, float %27
  %29 = getelementptr inbounds float, float* %12, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

attributes #0 = { nounwind }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
