; ModuleID = 'attention'
source_filename = "attention"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_0(i8** %0) #0 {
entry:
  %1 = getelementptr inbounds i8*, i8** %0, i64 31
  %2 = load i8*, i8** %1, align 8
  %3 = bitcast i8* %2 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i32 4

valid:                                            ; preds = %exit
  %4 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k1(i8* %4, i64 0, i64 16)
  %5 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k2(i8* %5, i64 0, i64 16)
  %6 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k3(i8* %6, i64 0, i64 16)
  %7 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k4(i8* %7, i64 0, i64 2)
  %8 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k5(i8* %8, i64 0, i64 16)
  %9 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k6(i8* %9, i64 0, i64 2)
  %10 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k7(i8* %10, i64 0, i64 16)
  %11 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k8(i8* %11, i64 0, i64 2)
  %12 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k9(i8* %12, i64 0, i64 32)
  %13 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k10(i8* %13, i64 0, i64 1)
  %14 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k11(i8* %14, i64 0, i64 32)
  %15 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k12(i8* %15, i64 0, i64 32)
  %16 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k13(i8* %16, i64 0, i64 2)
  %17 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k14(i8* %17, i64 0, i64 16)
  %18 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k15(i8* %18, i64 0, i64 1)
  %19 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k16(i8* %19, i64 0, i64 16)
  %20 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k17(i8* %20, i64 0, i64 16)
  %21 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k18(i8* %21, i64 0, i64 1)
  %22 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k19(i8* %22, i64 0, i64 16)
  %23 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k20(i8* %23, i64 0, i64 1)
  %24 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k21(i8* %24, i64 0, i64 32)
  %25 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k22(i8* %25, i64 0, i64 2)
  %26 = getelementptr inbounds i8*, i8** %0, i64 32
  %27 = load i8*, i8** %26, align 8
  %28 = bitcast i8* %27 to i32*
  br label %loop3

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %35, %checked ]
  %29 = icmp slt i64 %i, 16
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  %30 = getelementptr inbounds i32, i32* %3, i64 %i
  %31 = load i32, i32* %30, align 4
  %32 = icmp slt i32 %31, 0
  %33 = icmp sge i32 %31, 50
  %34 = or i1 %32, %33
  br i1 %34, label %invalid, label %checked

exit:                                             ; preds = %loop
  br label %valid

checked:                                          ; preds = %body
  %35 = add i64 %i, 1
  br label %loop

invalid1:                                         ; preds = %body4
  ret i32 40

valid2:                                           ; preds = %exit5
  %36 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k23(i8* %36, i64 0, i64 2)
  %37 = bitcast i8** %0 to i8*
  call void @eptc_entry_0_k24(i8* %37, i64 0, i64 1)
  ret i32 0

loop3:                                            ; preds = %checked7, %valid
  %i6 = phi i64 [ 0, %valid ], [ %47, %checked7 ]
  %38 = icmp slt i64 %i6, 2
  br i1 %38, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %39 = getelementptr inbounds i32, i32* %28, i64 %i6
  %40 = load i32, i32* %39, align 4
  %41 = icmp slt i32 %40, 0
  %42 = icmp sge i32 %40, 3
  %43 = or i1 %41, %42
  %44 = icmp eq i32 %40, -100
  %45 = xor i1 %44, true
  %46 = and i1 %43, %45
  br i1 %46, label %invalid1, label %checked7

exit5:                                            ; preds = %loop3
  br label %valid2

checked7:                                         ; preds = %body4
  %47 = add i64 %i6, 1
  br label %loop3
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k1(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 31
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 34
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 2048
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %27, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = getelementptr inbounds i32, i32* %9, i64 %i
  %16 = load i32, i32* %15, align 4
  %17 = sext i32 %16 to i64
  %18 = mul i64 %17, 16
  %19 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %body2 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %18, %i4
  %22 = getelementptr inbounds float, float* %6, i64 %21
  %23 = load float, float* %22, align 4
  %24 = add i64 %19, %i4
  %25 = getelementptr inbounds float, float* %13, i64 %24
  store float %23, float* %25, align 4
  %26 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %27 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k2(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 34
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %94, %exit19 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %65, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %22, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %28, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %34, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %52, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %58, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %64, %body2 ]
  %16 = icmp slt i64 %i4, 16
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 %i4, 0
  %18 = add i64 %15, %17
  %19 = getelementptr inbounds float, float* %7, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fmul float %20, %20
  %22 = fadd float %acc, %21
  %23 = add i64 %i4, 1
  %24 = add i64 %15, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = fmul float %26, %26
  %28 = fadd float %acc5, %27
  %29 = add i64 %i4, 2
  %30 = add i64 %15, %29
  %31 = getelementptr inbounds float, float* %7, i64 %30
  %32 = load float, float* %31, align 4
  %33 = fmul float %32, %32
  %34 = fadd float %acc6, %33
  %35 = add i64 %i4, 3
  %36 = add i64 %15, %35
  %37 = getelementptr inbounds float, float* %7, i64 %36
  %38 = load float, float* %37, align 4
  %39 = fmul float %38, %38
  %40 = fadd float %acc7, %39
  %41 = add i64 %i4, 4
  %42 = add i64 %15, %41
  %43 = getelementptr inbounds float, float* %7, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fmul float %44, %44
  %46 = fadd float %acc8, %45
  %47 = add i64 %i4, 5
  %48 = add i64 %15, %47
  %49 = getelementptr inbounds float, float* %7, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fmul float %50, %50
  %52 = fadd float %acc9, %51
  %53 = add i64 %i4, 6
  %54 = add i64 %15, %53
  %55 = getelementptr inbounds float, float* %7, i64 %54
  %56 = load float, float* %55, align 4
  %57 = fmul float %56, %56
  %58 = fadd float %acc10, %57
  %59 = add i64 %i4, 7
  %60 = add i64 %15, %59
  %61 = getelementptr inbounds float, float* %7, i64 %60
  %62 = load float, float* %61, align 4
  %63 = fmul float %62, %62
  %64 = fadd float %acc11, %63
  %65 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %66 = fadd float %acc, %acc5
  %67 = fadd float %acc6, %acc7
  %68 = fadd float %acc8, %acc9
  %69 = fadd float %acc10, %acc11
  %70 = fadd float %66, %67
  %71 = fadd float %68, %69
  %72 = fadd float %70, %71
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %79, %body13 ]
  %acc16 = phi float [ %72, %exit3 ], [ %78, %body13 ]
  %73 = icmp slt i64 %i15, 16
  br i1 %73, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %74 = add i64 %15, %i15
  %75 = getelementptr inbounds float, float* %7, i64 %74
  %76 = load float, float* %75, align 4
  %77 = fmul float %76, %76
  %78 = fadd float %acc16, %77
  %79 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %80 = fdiv float %acc16, 1.600000e+01
  %81 = fadd float %80, 0x3EB0C6F7A0000000
  %82 = call float @llvm.sqrt.f32(float %81)
  %83 = fdiv float 1.000000e+00, %82
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %93, %body18 ]
  %84 = icmp slt i64 %i20, 16
  br i1 %84, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %85 = add i64 %15, %i20
  %86 = getelementptr inbounds float, float* %7, i64 %85
  %87 = load float, float* %86, align 4
  %88 = fmul float %87, %83
  %89 = getelementptr inbounds float, float* %10, i64 %i20
  %90 = load float, float* %89, align 4
  %91 = fmul float %88, %90
  %92 = getelementptr inbounds float, float* %13, i64 %85
  store float %91, float* %92, align 4
  %93 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %94 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_0_k3(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 3
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 34
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
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
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

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_0_k4(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  %15 = mul i64 %i, 128
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %exit7 ]
  %17 = icmp slt i64 %i4, 2
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 64
  %19 = add i64 %14, %18
  %20 = mul i64 %i4, 8
  %21 = add i64 %16, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %exit11 ]
  %23 = icmp slt i64 %i8, 8
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = mul i64 %i8, 8
  %25 = add i64 %19, %24
  %26 = mul i64 %i8, 16
  %27 = add i64 %21, %26
  br label %loop9

exit7:                                            ; preds = %loop5
  %28 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %35, %body10 ]
  %29 = icmp slt i64 %i12, 8
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = add i64 %25, %i12
  %31 = add i64 %27, %i12
  %32 = getelementptr inbounds float, float* %11, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %7, i64 %30
  store float %33, float* %34, align 4
  %35 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %36 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k5(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 4
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 34
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
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
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
define internal void @eptc_entry_0_k6(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  %15 = mul i64 %i, 128
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %exit7 ]
  %17 = icmp slt i64 %i4, 2
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 64
  %19 = add i64 %14, %18
  %20 = mul i64 %i4, 8
  %21 = add i64 %16, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %exit11 ]
  %23 = icmp slt i64 %i8, 8
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = mul i64 %i8, 8
  %25 = add i64 %19, %24
  %26 = mul i64 %i8, 16
  %27 = add i64 %21, %26
  br label %loop9

exit7:                                            ; preds = %loop5
  %28 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %35, %body10 ]
  %29 = icmp slt i64 %i12, 8
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = add i64 %25, %i12
  %31 = add i64 %27, %i12
  %32 = getelementptr inbounds float, float* %11, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %7, i64 %30
  store float %33, float* %34, align 4
  %35 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %36 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k7(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 5
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 34
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
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
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
define internal void @eptc_entry_0_k8(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 34
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 1024
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 2
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 64
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 8
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 16
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %6, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k9(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 34
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1024
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = sdiv i64 %i, 8
  %18 = srem i64 %i, 8
  %19 = mul i64 %17, 64
  %20 = mul i64 %17, 64
  %21 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %22 = icmp slt i64 %i4, 8
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 8
  %24 = add i64 %20, %23
  br label %loop5

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %37, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %36, %body6 ]
  %26 = icmp slt i64 %i8, 8
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = mul i64 %18, 8
  %28 = add i64 %27, %i8
  %29 = add i64 %19, %28
  %30 = getelementptr inbounds float, float* %7, i64 %29
  %31 = load float, float* %30, align 4
  %32 = add i64 %24, %i8
  %33 = getelementptr inbounds float, float* %11, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fmul float %31, %34
  %36 = fadd float %acc, %35
  %37 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %38 = add i64 %21, %i4
  %39 = getelementptr inbounds float, float* %15, i64 %38
  store float %acc, float* %39, align 4
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k10(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
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
  %i4 = phi i64 [ %13, %body ], [ %24, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, 0x3FD6A09E60000000
  %23 = getelementptr inbounds float, float* %7, i64 %18
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k11(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 3072
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %73, %exit16 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %22, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %body ], [ %21, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = add i64 %13, %i4
  %16 = getelementptr inbounds float, float* %7, i64 %15
  %17 = load float, float* %16, align 4
  %18 = fcmp uno float %acc, %17
  %19 = fcmp ogt float %17, %acc
  %20 = select i1 %19, float %17, float %acc
  %21 = select i1 %18, float 0x7FF8000000000000, float %20
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %58, %body6 ]
  %23 = icmp slt i64 %i8, 8
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = add i64 %13, %i8
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = fsub float %26, %acc
  %28 = fcmp oge float %27, -1.100000e+02
  %29 = select i1 %28, float %27, float -1.100000e+02
  %30 = fcmp ole float %29, 1.000000e+02
  %31 = select i1 %30, float %29, float 1.000000e+02
  %32 = fmul float %31, 0x3FF7154760000000
  %33 = call float @llvm.rint.f32(float %32)
  %34 = call float @llvm.fmuladd.f32(float %33, float 0xBFE6300000000000, float %31)
  %35 = call float @llvm.fmuladd.f32(float %33, float 0x3F2BD01060000000, float %34)
  %36 = fmul float %35, %35
  %37 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %35, float 0x3F81239880000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %35, float 0x3FA5558AE0000000)
  %39 = call float @llvm.fmuladd.f32(float %38, float %35, float 0x3FC5554920000000)
  %40 = call float @llvm.fmuladd.f32(float %39, float %35, float 0x3FDFFFFFC0000000)
  %41 = call float @llvm.fmuladd.f32(float %36, float %40, float %35)
  %42 = fadd float %41, 1.000000e+00
  %43 = fptosi float %33 to i32
  %44 = ashr i32 %43, 1
  %45 = sub i32 %43, %44
  %46 = add i32 %44, 127
  %47 = shl i32 %46, 23
  %48 = bitcast i32 %47 to float
  %49 = fmul float %42, %48
  %50 = add i32 %45, 127
  %51 = shl i32 %50, 23
  %52 = bitcast i32 %51 to float
  %53 = fmul float %49, %52
  %54 = fcmp uno float %27, %27
  %55 = select i1 %54, float %27, float %53
  %56 = add i64 %13, %i8
  %57 = getelementptr inbounds float, float* %11, i64 %56
  store float %55, float* %57, align 4
  %58 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %64, %body10 ]
  %acc13 = phi float [ 0.000000e+00, %exit7 ], [ %63, %body10 ]
  %59 = icmp slt i64 %i12, 8
  br i1 %59, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %60 = add i64 %13, %i12
  %61 = getelementptr inbounds float, float* %11, i64 %60
  %62 = load float, float* %61, align 4
  %63 = fadd float %acc13, %62
  %64 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %72, %body15 ]
  %65 = icmp slt i64 %i17, 8
  br i1 %65, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %66 = add i64 %13, %i17
  %67 = getelementptr inbounds float, float* %11, i64 %66
  %68 = load float, float* %67, align 4
  %69 = fdiv float %68, %acc13
  %70 = add i64 %13, %i17
  %71 = getelementptr inbounds float, float* %11, i64 %70
  store float %69, float* %71, align 4
  %72 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %73 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_0_k12(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 34
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 1024
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 64
  %19 = mul i64 %16, 64
  %20 = mul i64 %i, 8
  %21 = getelementptr inbounds float, float* %14, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %17, 8
  %25 = add i64 %24, %i4
  %26 = add i64 %18, %25
  %27 = getelementptr inbounds float, float* %7, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 8
  %30 = add i64 %19, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 8
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %10, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %14, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %14, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k13(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 34
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 1024
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 8
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 16
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 2
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 64
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %6, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k14(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 6
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 34
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
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
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
define internal void @eptc_entry_0_k15(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 34
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1024
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k16(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 7
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 34
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 3072
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %95, %exit19 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %66, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %23, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %29, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %35, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %53, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %59, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %65, %body2 ]
  %17 = icmp slt i64 %i4, 16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 %i4, 0
  %19 = add i64 %16, %18
  %20 = getelementptr inbounds float, float* %7, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, %21
  %23 = fadd float %acc, %22
  %24 = add i64 %i4, 1
  %25 = add i64 %16, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = fmul float %27, %27
  %29 = fadd float %acc5, %28
  %30 = add i64 %i4, 2
  %31 = add i64 %16, %30
  %32 = getelementptr inbounds float, float* %7, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %33, %33
  %35 = fadd float %acc6, %34
  %36 = add i64 %i4, 3
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %7, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fmul float %39, %39
  %41 = fadd float %acc7, %40
  %42 = add i64 %i4, 4
  %43 = add i64 %16, %42
  %44 = getelementptr inbounds float, float* %7, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fmul float %45, %45
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 %16, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = fmul float %51, %51
  %53 = fadd float %acc9, %52
  %54 = add i64 %i4, 6
  %55 = add i64 %16, %54
  %56 = getelementptr inbounds float, float* %7, i64 %55
  %57 = load float, float* %56, align 4
  %58 = fmul float %57, %57
  %59 = fadd float %acc10, %58
  %60 = add i64 %i4, 7
  %61 = add i64 %16, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fmul float %63, %63
  %65 = fadd float %acc11, %64
  %66 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %67 = fadd float %acc, %acc5
  %68 = fadd float %acc6, %acc7
  %69 = fadd float %acc8, %acc9
  %70 = fadd float %acc10, %acc11
  %71 = fadd float %67, %68
  %72 = fadd float %69, %70
  %73 = fadd float %71, %72
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %80, %body13 ]
  %acc16 = phi float [ %73, %exit3 ], [ %79, %body13 ]
  %74 = icmp slt i64 %i15, 16
  br i1 %74, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %75 = add i64 %16, %i15
  %76 = getelementptr inbounds float, float* %7, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %77, %77
  %79 = fadd float %acc16, %78
  %80 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %81 = fdiv float %acc16, 1.600000e+01
  %82 = fadd float %81, 0x3EB0C6F7A0000000
  %83 = call float @llvm.sqrt.f32(float %82)
  %84 = fdiv float 1.000000e+00, %83
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %94, %body18 ]
  %85 = icmp slt i64 %i20, 16
  br i1 %85, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %86 = add i64 %16, %i20
  %87 = getelementptr inbounds float, float* %7, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %88, %84
  %90 = getelementptr inbounds float, float* %10, i64 %i20
  %91 = load float, float* %90, align 4
  %92 = fmul float %89, %91
  %93 = getelementptr inbounds float, float* %14, i64 %86
  store float %92, float* %93, align 4
  %94 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %95 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k17(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 8
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 34
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 32
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
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
  %33 = getelementptr inbounds float, float* %10, i64 %32
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
define internal void @eptc_entry_0_k18(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 34
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fcmp ogt float %19, 0.000000e+00
  %21 = select i1 %20, float %19, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k19(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 9
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 34
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 3072
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
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
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
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
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
define internal void @eptc_entry_0_k20(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 34
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 3072
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k21(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 34
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 16
  %13 = sdiv i64 %i, 16
  %14 = add i64 0, %12
  %15 = srem i64 %13, 2
  %16 = sdiv i64 %13, 2
  %17 = mul i64 %15, 128
  %18 = add i64 %14, %17
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %24, %body2 ]
  %19 = icmp slt i64 %i4, 8
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = mul i64 %i4, 16
  %21 = add i64 %18, %20
  %22 = getelementptr inbounds float, float* %7, i64 %21
  %23 = load float, float* %22, align 4
  %24 = fadd float %acc, %23
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = fdiv float %acc, 8.000000e+00
  %27 = getelementptr inbounds float, float* %10, i64 %i
  store float %26, float* %27, align 4
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_0_k22(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 34
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 128
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 2
  %16 = srem i64 %i, 2
  %17 = mul i64 %15, 32
  %18 = mul i64 %i, 3
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 3
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 3
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
define internal void @eptc_entry_0_k23(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 34
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 128
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 32
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 34
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
  %18 = mul i64 %i, 3
  br label %loop1

join:                                             ; preds = %exit7, %body
  %19 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %28, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %27, %body2 ]
  %20 = icmp slt i64 %i4, 3
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
  %29 = icmp slt i64 %i8, 3
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
define internal void @eptc_entry_0_k24(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 32
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 34
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 33
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
  %14 = icmp slt i64 %i4, 2
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
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
